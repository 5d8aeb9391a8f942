import { describe, expect, it } from "vitest";
import type { Rule, RuleFile } from "../../worker/generated/types/rules/rule-file.ts";
import { createEvaluationContext } from "../../worker/rules/evaluation-context.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { buildRuleEngine, ruleConditions, findingBuilder } from "../../worker/rules/rule-engine.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const tables = compileTables(bundledReleases[bundledReleases.length - 1]!);
const ruleFile = (rules: Rule[]): RuleFile => ({ $schema: "test", family: "test", description: "test rules", rules });
const rule = (overrides: Partial<Rule>): Rule => ({
  id: "test.rule",
  description: "a test rule",
  source: "test source",
  finding: { severity: "warning", message: "{code} found", fix: "remove {code}" },
  ...overrides,
});

async function findings(rules: Rule[], encounter = encounterWith([timed("97110", 20), timed("97124", 20)])) {
  const context = createEvaluationContext(encounter, tables);
  const engine = buildRuleEngine([ruleFile(rules)]);
  await engine.evaluateStage(context, "coding");
  await engine.evaluateStage(context, "billing");
  return context;
}

describe("buildRuleEngine", () => {
  it("emits one finding per item of the forEach fact", async () => {
    const context = await findings([rule({ forEach: { fact: "services", params: { codes: ["97124"] } } })]);
    expect(context.findings).toEqual([
      {
        ruleId: "test.rule",
        severity: "warning",
        message: "97124 found",
        services: [1],
        codes: ["97124"],
        fix: "remove 97124",
        source: "test source",
      },
    ]);
  });

  it("emits nothing when the when-conditions fail", async () => {
    const when = { all: [{ fact: "encounter", path: "payer.type", operator: "equal", value: "commercial" }] };
    const context = await findings([rule({ when, forEach: { fact: "services", params: { codes: ["97124"] } } })]);
    expect(context.findings).toEqual([]);
  });

  it("honors the rule's effective window on the date of service", async () => {
    const context = await findings([rule({ effectiveTo: "2019-12-31", forEach: { fact: "services" } })]);
    expect(context.findings).toEqual([]);
  });

  it("records the services an omitFromBilling rule takes off the claim, with the finding that says why", async () => {
    const omit = rule({
      id: "test.omit",
      forEach: { fact: "services", params: { codes: ["97124"] } },
      finding: { severity: "error", message: "m", fix: "f", omitFromBilling: true },
    });
    const context = await findings([omit]);
    expect(context.omissions).toEqual([{ finding: context.findings[0], services: [1] }]);
  });

  it("gives coding facts only the services on the claim: a line that earns no unit is not among them", async () => {
    const context = await findings(
      [rule({ forEach: { fact: "services" } })],
      encounterWith([timed("97110", 30), timed("97124", 5)], { payer: { type: "commercial" } }),
    );
    expect(context.findings.map((finding) => finding.codes)).toEqual([["97110"]]);
  });

  it("refuses two rules with one id", () => {
    expect(() =>
      buildRuleEngine([ruleFile([rule({ forEach: { fact: "services" } }), rule({ forEach: { fact: "services" } })])]),
    ).toThrow(/defined twice/);
  });
});

describe("ruleConditions", () => {
  it("adds the date window and a hasItems condition for forEach", () => {
    expect(ruleConditions(rule({ effectiveFrom: "2020-01-01", forEach: { fact: "unknownCodes" } }))).toEqual({
      all: [
        { fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: "2020-01-01" },
        { fact: "unknownCodes", params: {}, operator: "hasItems", value: true },
      ],
    });
  });
});

describe("findingBuilder", () => {
  it("prefers the item's own source to the rule's", () => {
    expect(findingBuilder(rule({}))({ code: "97140", source: "NCCI row source" }).source).toBe("NCCI row source");
  });
});
