// The path of one encounter, in the order it runs:
//   routes/encounters.ts               the body (http/read-json-body.ts), the releases in force
//   validation/validate-encounter.ts   the schema gate, the release for the date, the patient's visits
//   validation/evaluate-encounter.ts   units, then coding rules in rounds, then billing rules
//   rules/rule-engine.ts (here)        per rule: match index, precheck, json-rules-engine, findings
//   rules/facts/*.ts                   what rules read, over rules/evaluation-context.ts
//   units/compute-billing.ts           minutes to units, CMS or AMA
//
// Builds a release's rules into json-rules-engine engines over the fact registry and the
// operators. json-rules-engine evaluates the conditions of every rule that can fire. A rule that
// certainly cannot is skipped before the engine runs: first one whose forEach list needs a key the
// encounter lacks (match-index.ts, no fact computed), then one outside its date window, with an
// empty forEach list or a `when` that fails (rule-precheck.ts reads its conditions with the
// engine's own operators). Each rule json-rules-engine evaluates costs microseconds (promise
// chains, a deep clone of its conditions), and most rules have nothing to say about most
// encounters. BENCHMARKS.md has the measurements behind this design.
import { Almanac, Engine, type Event, type NestedCondition, type TopLevelCondition } from "json-rules-engine";
import type { Finding } from "../generated/types/validation-result.ts";
import type { Rule, RuleFile } from "../generated/types/rules/rule-file.ts";
import { resolveDottedPath } from "./dotted-path.ts";
import type { EvaluationContext } from "./evaluation-context.ts";
import { conditionLeaves } from "./condition-tree.ts";
import { factSlot, factValue } from "./fact-value.ts";
import type { FactParams, FindingItem } from "./facts/fact-definition.ts";
import { factRegistry } from "./facts/index.ts";
import type { CompiledTables } from "./compiled-tables.ts";
import { compileTemplate } from "./finding-template.ts";
import { MatchIndex, meetsAll } from "./match-index.ts";
import { customOperators } from "./operators.ts";
import { compilePrecheck, type EngineOperators, type Precheck } from "./rule-precheck.ts";

/** Coding rules run first: they may take lines off the claim before units are computed. */
export const stagePriority = { coding: 100, billing: 10 } as const;

export type Stage = keyof typeof stagePriority;

export interface RuleEngine {
  rules: ReadonlyMap<string, Rule>;
  /** Runs one stage's rules on the context: their findings land in context.findings. */
  evaluateStage(context: EvaluationContext, stage: Stage): Promise<void>;
}

interface PreparedRule {
  rule: Rule;
  /** What the encounter must hold for the rule's forEach list to have items (see MatchIndex); undefined: nothing known. */
  requirements: number[] | undefined;
  /** False when the conditions certainly fail on an encounter: json-rules-engine need not run. */
  precheck: Precheck;
  findingsFor(context: EvaluationContext): void;
  /**
   * Engines holding just this rule, idle between evaluations. An Engine keeps its run status on
   * itself, so two evaluations in flight at once (concurrent requests in one isolate) must not
   * share one: the run that finishes first marks it finished, and the other skips its rules.
   */
  idleEngines: Engine[];
}

/** One almanac per evaluation, shared by the engines it runs; facts reach the context through it. */
class EvaluationAlmanac extends Almanac {
  constructor(readonly context: EvaluationContext) {
    super({ allowUndefinedFacts: false, pathResolver: resolveDottedPath });
  }
}

/** Findings whose fix concerns only some of the services they name (see servicesToFix). */
const fixServicesByFinding = new WeakMap<Finding, number[]>();

/** The services whose billing depends on the finding's fix: its item's `fixServices`, else every service it names. */
export function servicesToFix(finding: Finding): number[] {
  return fixServicesByFinding.get(finding) ?? finding.services;
}

// The context rides on the almanac rather than in a WeakMap: one is made per encounter, and a
// WeakMap entry per encounter was a measured cost (its garbage is collected the slow way).
function contextOf(almanac: Almanac): EvaluationContext {
  if (!(almanac instanceof EvaluationAlmanac)) throw new Error("fact evaluated outside an evaluation");
  return almanac.context;
}

/**
 * `tables`: the release the rules will evaluate against, whose keys the facts' match declarations
 * are read with. Without it every rule goes to the precheck (the same answers, computed slower).
 */
export function buildRuleEngine(ruleFiles: readonly RuleFile[], tables?: CompiledTables): RuleEngine {
  const rules = new Map<string, Rule>();
  const stages: Record<Stage, PreparedRule[]> = { coding: [], billing: [] };
  const matchIndex = tables && new MatchIndex(tables);
  for (const file of ruleFiles) {
    for (const rule of file.rules) {
      if (rules.has(rule.id)) throw new Error(`rule id ${rule.id} is defined twice`);
      rules.set(rule.id, rule);
      stages[rule.stage ?? "coding"].push(prepareRule(rule, matchIndex?.requirementsOf(rule)));
    }
  }
  return {
    rules,
    async evaluateStage(context, stage) {
      let almanac: Almanac | undefined;
      const runs: Promise<void>[] = [];
      const met = matchIndex?.metBy(context.encounter);
      for (const prepared of stages[stage]) {
        if (met && prepared.requirements && !meetsAll(met, prepared.requirements)) continue;
        if (prepared.precheck(context) === false) continue;
        almanac ??= new EvaluationAlmanac(context);
        runs.push(runRule(prepared, almanac));
      }
      if (runs.length > 0) await Promise.all(runs);
    },
  };
}

function prepareRule(rule: Rule, requirements: number[] | undefined): PreparedRule {
  const findingsFor = findingsEmitter(rule);
  // Built now, so a rule json-rules-engine refuses fails when the release compiles.
  const engine = singleRuleEngine(rule, findingsFor);
  const operators = (engine as unknown as { operators: EngineOperators }).operators;
  return {
    rule,
    requirements,
    precheck: compilePrecheck(ruleConditions(rule), operators),
    findingsFor,
    idleEngines: [engine],
  };
}

async function runRule(prepared: PreparedRule, almanac: Almanac): Promise<void> {
  const engine = prepared.idleEngines.pop() ?? singleRuleEngine(prepared.rule, prepared.findingsFor);
  try {
    await engine.run({}, { almanac });
  } finally {
    prepared.idleEngines.push(engine);
  }
}

function singleRuleEngine(rule: Rule, findingsFor = findingsEmitter(rule)): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveDottedPath });
  for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator.evaluate);
  const conditions = ruleConditions(rule, "through-items-fact");
  for (const name of new Set(conditionLeaves(conditions).map((leaf) => leaf.condition.fact))) {
    if (!(name in factRegistry)) continue; // json-rules-engine reports the undefined fact when it runs.
    // The evaluation's context memoizes fact values, so json-rules-engine's own cache (a hash of the params per lookup) is off.
    engine.addFact(name, (params, almanac) => factValue(contextOf(almanac), name, (params ?? {}) as FactParams), {
      cache: false,
    });
  }
  if (rule.forEach) {
    const { fact, params = {} } = rule.forEach;
    const slot = factSlot(fact, params);
    engine.addFact(forEachItemsFact(rule), (_params, almanac) => factValue(contextOf(almanac), fact, params, slot), {
      cache: false,
    });
  }
  engine.addRule({
    name: rule.id,
    priority: stagePriority[rule.stage ?? "coding"],
    conditions,
    event: { type: "finding" },
  });
  engine.on("success", (_event: Event, almanac: Almanac) => findingsFor(contextOf(almanac)));
  return engine;
}

/** What a rule does when it fires: one finding per forEach item, lines off the claim under omitFromBilling. */
function findingsEmitter(rule: Rule): (context: EvaluationContext) => void {
  const forEachParams = rule.forEach?.params ?? {};
  const forEachSlot = rule.forEach ? factSlot(rule.forEach.fact, forEachParams) : -1;
  const findingOf = findingBuilder(rule);
  return (context) => {
    const items = rule.forEach
      ? (factValue(context, rule.forEach.fact, forEachParams, forEachSlot) as FindingItem[])
      : [{}];
    for (const item of items) {
      const finding = findingOf(item);
      if (item.fixServices) fixServicesByFinding.set(finding, item.fixServices);
      context.findings.push(finding);
      if (rule.finding.omitFromBilling)
        context.omissions.push({ finding, services: item.omitServices ?? item.services ?? [] });
    }
  };
}

/** The rule's finding for one item, its message and fix templates compiled once. */
export function findingBuilder(rule: Rule): (item: FindingItem) => Finding {
  const message = compileTemplate(rule.finding.message);
  const fix = compileTemplate(rule.finding.fix);
  return (item) => ({
    ruleId: rule.id,
    severity: rule.finding.severity,
    message: message(item),
    services: item.services ?? [],
    codes: item.codes ?? [],
    fix: fix(item),
    source: item.source ?? rule.source,
  });
}

/** Named after the rule, so engines sharing an evaluation's almanac never overwrite each other's. */
function forEachItemsFact(rule: Rule): string {
  return `forEach(${rule.id})`;
}

/**
 * The rule's conditions, plus its date window and, for forEach rules, "the list has items".
 * Its own engine reads that list `through-items-fact`, a fact of the rule's own holding the forEach
 * fact and its params: the same condition, but json-rules-engine deep-clones every rule's
 * conditions on every run, and the params (lists of codes, modifiers, tags) were most of it.
 */
export function ruleConditions(
  rule: Rule,
  forEachList: "as-written" | "through-items-fact" = "as-written",
): TopLevelCondition {
  const all: NestedCondition[] = [];
  if (rule.effectiveFrom)
    all.push({ fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: rule.effectiveFrom });
  if (rule.effectiveTo)
    all.push({ fact: "encounter", path: "dateOfService", operator: "onOrBefore", value: rule.effectiveTo });
  // A `when` that is itself an `all` joins the rule's own: the same conditions, a level fewer for
  // json-rules-engine to clone and chain promises through on every run.
  const when = rule.when as NestedCondition | undefined;
  if (when && "all" in when && when.priority === undefined) all.push(...when.all);
  else if (when) all.push(when);
  if (rule.forEach)
    all.push(
      forEachList === "as-written"
        ? { fact: rule.forEach.fact, params: rule.forEach.params ?? {}, operator: "hasItems", value: true }
        : { fact: forEachItemsFact(rule), operator: "hasItems", value: true },
    );
  return { all };
}
