// Builds one json-rules-engine Engine per release from its rule files, the fact registry
// and the operators. The engine is shared across requests; each evaluation gets its own
// almanac, through which facts and the success handler reach that evaluation's context.
import { Almanac, Engine, type Event, type NestedCondition, type TopLevelCondition } from "json-rules-engine";
import type { Finding } from "../generated/types/validation-result.ts";
import type { Rule, RuleFile } from "../generated/types/rules/rule-file.ts";
import { resolveDottedPath } from "./dotted-path.ts";
import type { EvaluationContext } from "./evaluation-context.ts";
import { factRegistry } from "./facts/index.ts";
import type { FindingItem } from "./facts/fact-definition.ts";
import { fillTemplate } from "./finding-template.ts";
import { customOperators } from "./operators.ts";

/** Coding rules run first: they may take lines off the claim before units are computed. */
export const stagePriority = { coding: 100, billing: 10 } as const;

export interface RuleEngine {
  rules: ReadonlyMap<string, Rule>;
  evaluate(context: EvaluationContext): Promise<void>;
}

const contexts = new WeakMap<Almanac, EvaluationContext>();

function contextOf(almanac: Almanac): EvaluationContext {
  const context = contexts.get(almanac);
  if (!context) throw new Error("fact evaluated outside an evaluation");
  return context;
}

export function buildRuleEngine(ruleFiles: readonly RuleFile[]): RuleEngine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveDottedPath });
  for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator.evaluate);
  for (const [name, fact] of Object.entries(factRegistry)) {
    engine.addFact(name, (params, almanac) => fact.compute(contextOf(almanac), (params ?? {}) as Record<string, unknown>));
  }
  const rules = new Map<string, Rule>();
  for (const file of ruleFiles) {
    for (const rule of file.rules) {
      if (rules.has(rule.id)) throw new Error(`rule id ${rule.id} is defined twice`);
      rules.set(rule.id, rule);
      engine.addRule({
        name: rule.id,
        priority: stagePriority[rule.stage ?? "coding"],
        conditions: engineConditions(rule),
        event: { type: "finding", params: { ruleId: rule.id } },
      });
    }
  }
  engine.on("success", async (event: Event, almanac: Almanac) => {
    const rule = rules.get(String(event.params?.ruleId))!;
    const context = contextOf(almanac);
    const items: FindingItem[] = rule.forEach
      ? ((await almanac.factValue(rule.forEach.fact, rule.forEach.params ?? {})) as FindingItem[])
      : [{}];
    for (const item of items) {
      context.findings.push(findingFor(rule, item));
      if (rule.finding.omitFromBilling) for (const service of item.omitServices ?? item.services ?? []) context.omittedServices.add(service);
    }
  });
  return {
    rules,
    async evaluate(context) {
      const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver: resolveDottedPath });
      contexts.set(almanac, context);
      await engine.run({}, { almanac });
    },
  };
}

/** The rule's conditions, plus its date window and, for forEach rules, "the list has items". */
export function engineConditions(rule: Rule): TopLevelCondition {
  const all: NestedCondition[] = [];
  if (rule.effectiveFrom) all.push({ fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: rule.effectiveFrom });
  if (rule.effectiveTo) all.push({ fact: "encounter", path: "dateOfService", operator: "onOrBefore", value: rule.effectiveTo });
  if (rule.when) all.push(rule.when as NestedCondition);
  if (rule.forEach) all.push({ fact: rule.forEach.fact, params: rule.forEach.params ?? {}, operator: "hasItems", value: true });
  return { all };
}

export function findingFor(rule: Rule, item: FindingItem): Finding {
  return {
    ruleId: rule.id,
    severity: rule.finding.severity,
    message: fillTemplate(rule.finding.message, item),
    services: item.services ?? [],
    codes: item.codes ?? [],
    fix: fillTemplate(rule.finding.fix, item),
    source: item.source ?? rule.source,
  };
}
