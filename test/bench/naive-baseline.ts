// The naive design the benchmark compares against: json-rules-engine with one engine rule per
// pair-table row (instead of one table-driven rule), and the engine rebuilt for every request.
// It runs the release's other rules, facts and operators as ClaimLint does.
import { Engine, type Event, type NestedCondition, type TopLevelCondition } from "json-rules-engine";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import type { Rule } from "../../worker/generated/types/rules/rule-file.ts";
import type { Finding, ValidationResult } from "../../worker/generated/types/validation-result.ts";
import type { BundledRelease } from "../../worker/rules/bundled-release.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { resolveDottedPath } from "../../worker/rules/dotted-path.ts";
import { createEvaluationContext } from "../../worker/rules/evaluation-context.ts";
import type { FindingItem } from "../../worker/rules/facts/fact-definition.ts";
import { factRegistry } from "../../worker/rules/facts/index.ts";
import { customOperators } from "../../worker/rules/operators.ts";
import { ruleConditions, findingBuilder, stagePriority } from "../../worker/rules/rule-engine.ts";
import { statusOf } from "../../worker/validation/evaluate-encounter.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { pairRowsOf, type PairRow } from "./corpus.ts";

/** Rules the per-row engine rules replace: the ones that read the pair table. */
export function isPairTableRule(rule: Rule): boolean {
  return /ptp|pair|ncci/i.test(rule.forEach?.fact ?? "") || rule.id.startsWith("ncci.");
}

const bypassModifiers = [
  "59",
  "XE",
  "XS",
  "XP",
  "XU",
  "E1",
  "E2",
  "E3",
  "E4",
  "F1",
  "F2",
  "F3",
  "F4",
  "F5",
  "F6",
  "F7",
  "F8",
  "F9",
  "FA",
  "LC",
  "LD",
  "LM",
  "LT",
  "RC",
  "RI",
  "RT",
  "TA",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "T7",
  "T8",
  "T9",
  "24",
  "25",
  "57",
  "27",
  "79",
  "91",
];

export function naiveValidator(release: BundledRelease) {
  const tables = compileTables(release);
  const rules = release.ruleFiles.flatMap((file) => file.rules).filter((rule) => !isPairTableRule(rule));
  const rows = pairRowsOf(release).filter((row) => row.modifierIndicator !== 9);
  return async function validate(body: unknown): Promise<ValidationResult> {
    const encounter: Encounter = parseEncounter(body);
    const context = createEvaluationContext(encounter, tables);
    const omitted = new Set<number>();
    const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveDottedPath });
    for (const [name, operator] of Object.entries(customOperators)) engine.addOperator(name, operator.evaluate);
    for (const [name, fact] of Object.entries(factRegistry))
      engine.addFact(name, (params) => fact.compute(context, (params ?? {}) as Record<string, unknown>));
    for (const [index, rule] of rules.entries()) {
      engine.addRule({
        priority: stagePriority[rule.stage ?? "coding"],
        conditions: ruleConditions(rule),
        event: { type: "rule", params: { index } },
      });
    }
    for (const [index, row] of rows.entries()) {
      engine.addRule({
        priority: stagePriority.coding,
        conditions: pairConditions(row),
        event: { type: "pair", params: { index } },
      });
    }
    engine.on("success", async (event: Event, almanac) => {
      if (event.type === "pair") {
        const row = rows[event.params!.index as number]!;
        const services = encounter.services.flatMap((service, index) =>
          service.code === row.column1 || service.code === row.column2 ? [index] : [],
        );
        context.findings.push(pairFinding(row, services));
        if (row.modifierIndicator === 0) {
          for (const [index, service] of encounter.services.entries())
            if (service.code === row.column2) omitted.add(index);
        }
        return;
      }
      const rule = rules[event.params!.index as number]!;
      const items = rule.forEach
        ? ((await almanac.factValue(rule.forEach.fact, rule.forEach.params ?? {})) as FindingItem[])
        : [{}];
      for (const item of items) {
        context.findings.push(findingBuilder(rule)(item));
        if (rule.finding.omitFromBilling)
          for (const service of item.omitServices ?? item.services ?? []) omitted.add(service);
      }
    });
    await engine.run();
    const { unitMethod, totalTimedMinutes, totalTimedUnits, lines } = createEvaluationContext(
      encounter,
      tables,
      omitted,
    ).billing();
    return {
      encounterId: encounter.encounterId,
      status: statusOf(context.findings),
      ruleset: { version: release.version, hash: release.hash },
      findings: context.findings,
      billing: { unitMethod, totalTimedMinutes, totalTimedUnits, lines },
    };
  };
}

function pairConditions(row: PairRow): TopLevelCondition {
  const all: NestedCondition[] = [
    { fact: "serviceCodes", operator: "contains", value: row.column1 },
    { fact: "serviceCodes", operator: "contains", value: row.column2 },
    { fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: row.effectiveDate },
  ];
  if (row.deletionDate)
    all.push({ fact: "encounter", path: "dateOfService", operator: "onOrBefore", value: dayBefore(row.deletionDate) });
  if (row.modifierIndicator === 1)
    all.push({
      fact: "services",
      params: { codes: [row.column2], withoutModifiers: bypassModifiers },
      operator: "hasItems",
      value: true,
    });
  return { all };
}

function pairFinding(row: PairRow, services: number[]): Finding {
  return {
    ruleId: "ncci.ptp",
    severity: "error",
    message: `${row.column2} is not billable with ${row.column1}.`,
    services,
    codes: [row.column1, row.column2],
    fix:
      row.modifierIndicator === 1
        ? `Append 59 or an X modifier to ${row.column2} when the services were distinct.`
        : `Do not bill ${row.column2} with ${row.column1}.`,
    source: "NCCI PTP",
  };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
