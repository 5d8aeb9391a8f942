import { Almanac, Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../worker/generated/types/rules/rule-file.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileTables, type CompiledTables } from "../../worker/rules/compiled-tables.ts";
import { resolveDottedPath } from "../../worker/rules/dotted-path.ts";
import { createEvaluationContext, type EvaluationContext } from "../../worker/rules/evaluation-context.ts";
import { factRegistry } from "../../worker/rules/facts/index.ts";
import { customOperators } from "../../worker/rules/operators.ts";
import { ruleConditions } from "../../worker/rules/rule-engine.ts";
import { compilePrecheck, type EngineOperators } from "../../worker/rules/rule-precheck.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { generateCorpus } from "../bench/corpus.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

/** A plain engine with every fact and operator, the way json-rules-engine alone would judge a rule. */
function plainEngine(context: EvaluationContext, conditions: ReturnType<typeof ruleConditions>): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveDottedPath });
  for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator.evaluate);
  for (const [name, fact] of Object.entries(factRegistry))
    engine.addFact(name, (params) => fact.compute(context, (params ?? {}) as Record<string, unknown>));
  engine.addRule({ conditions, event: { type: "fired" } });
  return engine;
}

async function engineFires(
  context: EvaluationContext,
  conditions: ReturnType<typeof ruleConditions>,
): Promise<boolean> {
  const { events } = await plainEngine(context, conditions).run(
    {},
    { almanac: new Almanac({ allowUndefinedFacts: false, pathResolver: resolveDottedPath }) },
  );
  return events.length > 0;
}

const operators = (
  plainEngine(createEvaluationContext(encounterWith([timed("97110", 30)]), compileTables(bundledReleases[0]!)), {
    all: [],
  }) as unknown as { operators: EngineOperators }
).operators;
const tables = compileTables(bundledReleases.at(-1)!);
const contextFor = (encounter = encounterWith([timed("97110", 20), timed("97124", 20)])) =>
  createEvaluationContext(encounter, tables);

describe("the precheck against json-rules-engine", () => {
  // Every shipped rule on a mixed corpus: the precheck may only skip what the engine would not fire.
  const cases = bundledReleases.flatMap((release) => {
    const releaseTables: CompiledTables = compileTables(release);
    const rules = release.ruleFiles.flatMap((file) => file.rules);
    const corpus = generateCorpus([release], { seed: 11, count: 60 }).map((encounter) => parseEncounter(encounter));
    return [{ version: release.version, rules, corpus, releaseTables }];
  });

  it.each(cases)(
    "agrees with the engine on every rule of release $version, whenever it is certain",
    async ({ rules, corpus, releaseTables }) => {
      const disagreements: string[] = [];
      let certain = 0;
      for (const encounter of corpus) {
        for (const rule of rules as Rule[]) {
          // Billing facts read units after the coding rules: compute them on a fresh context each time.
          const conditions = ruleConditions(rule);
          const verdict = compilePrecheck(conditions, operators)(createEvaluationContext(encounter, releaseTables));
          if (verdict === undefined) continue;
          certain += 1;
          const fired = await engineFires(createEvaluationContext(encounter, releaseTables), conditions);
          if (fired !== verdict)
            disagreements.push(`${rule.id} on ${encounter.encounterId}: precheck ${verdict}, engine ${fired}`);
        }
      }
      expect(disagreements).toEqual([]);
      expect(certain).toBeGreaterThan(0);
      // Every rule on every encounter of the corpus: seconds on a loaded 2-core machine, not the 5 s default.
    },
    30_000,
  );
});

describe("the rules that read a patient's earlier visits", () => {
  it("are skipped before json-rules-engine for every encounter that names no patient, so those encounters pay only the prechecks", () => {
    const release = bundledReleases.at(-1)!;
    const historyRules = release.ruleFiles
      .filter((file) => ["kx", "progress-report", "plan-of-care", "same-day"].includes(file.family))
      .flatMap((file) => file.rules);
    const corpus = generateCorpus([release], { seed: 12, count: 200 }).map((encounter) => parseEncounter(encounter));
    const reached: string[] = [];
    for (const rule of historyRules) {
      const precheck = compilePrecheck(ruleConditions(rule), operators);
      for (const encounter of corpus)
        if (precheck(createEvaluationContext(encounter, tables)) !== false)
          reached.push(`${rule.id} on ${encounter.encounterId}`);
    }
    expect(historyRules.length).toBeGreaterThan(10);
    expect(reached).toEqual([]);
  });
});

describe("compilePrecheck", () => {
  const equal = (path: string, value: unknown) => ({ fact: "encounter", path, operator: "equal", value });

  it("is false when any condition of an all fails, and true when every one holds", () => {
    expect(
      compilePrecheck(
        { all: [equal("payer.type", "medicare"), equal("provider.discipline", "OT")] },
        operators,
      )(contextFor()),
    ).toBe(false);
    expect(
      compilePrecheck(
        { all: [equal("payer.type", "medicare"), equal("provider.discipline", "PT")] },
        operators,
      )(contextFor()),
    ).toBe(true);
  });

  it("is true when one condition of an any holds, false when none does", () => {
    expect(
      compilePrecheck(
        { any: [equal("payer.type", "commercial"), equal("provider.discipline", "PT")] },
        operators,
      )(contextFor()),
    ).toBe(true);
    expect(
      compilePrecheck(
        { any: [equal("payer.type", "commercial"), equal("provider.discipline", "OT")] },
        operators,
      )(contextFor()),
    ).toBe(false);
  });

  it("negates under not", () => {
    expect(compilePrecheck({ not: equal("payer.type", "medicare") }, operators)(contextFor())).toBe(false);
  });

  it("reads a forEach list's hasItems through the fact and its params", () => {
    const has = (codes: string[]) =>
      compilePrecheck(
        { all: [{ fact: "services", params: { codes }, operator: "hasItems", value: true }] },
        operators,
      )(contextFor());
    expect(has(["97124"])).toBe(true);
    expect(has(["97530"])).toBe(false);
  });

  it("leaves to the engine a value that is a fact reference, an unknown operator or a fact that fails", () => {
    expect(
      compilePrecheck(
        { all: [{ fact: "encounter", path: "payer.type", operator: "equal", value: { fact: "payerProfile" } }] },
        operators,
      )(contextFor()),
    ).toBeUndefined();
    expect(
      compilePrecheck({ all: [{ fact: "encounter", operator: "noSuchOperator", value: 1 }] }, operators)(contextFor()),
    ).toBeUndefined();
    expect(
      compilePrecheck({ all: [{ fact: "noSuchFact", operator: "equal", value: 1 }] }, operators)(contextFor()),
    ).toBeUndefined();
  });

  it("is still false when one condition of an all fails and another is left to the engine", () => {
    const conditions = {
      all: [{ fact: "noSuchFact", operator: "equal", value: 1 }, equal("payer.type", "commercial")],
    };
    expect(compilePrecheck(conditions, operators)(contextFor())).toBe(false);
  });
});
