// Evaluates a schema-valid encounter against a compiled ruleset: the findings, errors
// first, and the lines to bill. Pure apart from json-rules-engine's promises.
import type { Encounter } from "../generated/types/encounter.ts";
import type { Finding, ValidationResult } from "../generated/types/validation-result.ts";
import type { CompiledRuleset } from "../rules/compiled-ruleset.ts";
import { createEvaluationContext } from "../rules/evaluation-context.ts";

const severityOrder: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

export async function evaluateEncounter(encounter: Encounter, ruleset: CompiledRuleset): Promise<ValidationResult> {
  const context = createEvaluationContext(encounter, ruleset.tables);
  await ruleset.engine.evaluate(context);
  const { unitMethod, totalTimedMinutes, totalTimedUnits, lines } = context.billing();
  const findings = context.findings.sort(compareFindings);
  return {
    encounterId: encounter.encounterId,
    status: statusOf(findings),
    ruleset: { version: ruleset.version, hash: ruleset.hash },
    findings,
    billing: { unitMethod, totalTimedMinutes, totalTimedUnits, lines },
  };
}

export function statusOf(findings: readonly Finding[]): ValidationResult["status"] {
  if (findings.some((finding) => finding.severity === "error")) return "fail";
  if (findings.some((finding) => finding.severity === "warning")) return "warn";
  return "pass";
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.services[0] ?? -1) - (b.services[0] ?? -1) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
