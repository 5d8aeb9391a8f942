// What a release in shadow would have answered differently from the answer given, by kind:
// the status, each rule that would (no longer) report a finding, and the lines to bill.
import type { ShadowDifference } from "../generated/types/shadow-report.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";

export type DifferenceKind = ShadowDifference["kind"];

export interface Difference {
  kind: DifferenceKind;
  detail: string;
}

export function shadowDifferences(answered: ValidationResult, shadow: ValidationResult): Difference[] {
  const differences: Difference[] = [];
  if (answered.status !== shadow.status)
    differences.push({ kind: "status", detail: `${answered.status} → ${shadow.status}` });
  const before = ruleIds(answered);
  const after = ruleIds(shadow);
  for (const ruleId of after) if (!before.has(ruleId)) differences.push({ kind: "finding-added", detail: ruleId });
  for (const ruleId of before) if (!after.has(ruleId)) differences.push({ kind: "finding-removed", detail: ruleId });
  if (billedLines(answered) !== billedLines(shadow)) differences.push({ kind: "billing", detail: "lines" });
  if (answered.billing.totalTimedUnits !== shadow.billing.totalTimedUnits)
    differences.push({ kind: "billing", detail: "totalTimedUnits" });
  return differences;
}

function ruleIds(result: ValidationResult): Set<string> {
  return new Set(result.findings.map((finding) => finding.ruleId));
}

function billedLines(result: ValidationResult): string {
  return JSON.stringify(result.billing.lines.map(({ service, code, units }) => [service, code, units]));
}
