// Evaluates a schema-valid encounter against a compiled ruleset: the findings, errors first, and
// the lines to bill. Pure apart from json-rules-engine's promises: the patient's earlier visits,
// when the encounter names a patient, come in as data, loaded beforehand.
//
// The order of the steps, and why:
// 1. Units first. Which services reach the claim depends on their minutes (a service can earn no
//    unit), and pair edits, modifier advice and MUEs are about the claim as it will be billed, so
//    the coding facts read the lines that bill at least one unit (context.onClaim).
// 2. Coding rules run on those lines. A rule with `omitFromBilling` (a pair edit no modifier
//    bypasses, a code the payer bundles) takes a service off the claim, and its minutes stop
//    counting toward the day's timed total (README: "Time units").
// 3. Taking a service off changes the day's units, which can change which services bill, so the
//    coding rules run again, from scratch, on the units computed without the services taken off so
//    far. This repeats until a round takes nothing new off; each round takes at least one service
//    off, so there are at most as many rounds as services, and nearly always one or two. The last
//    round's findings stand, with the findings that took services off in earlier rounds.
// 4. Billing rules run once, on the settled units.
import type { Encounter } from "../generated/types/encounter.ts";
import type { BillingLine, Finding, ValidationResult } from "../generated/types/validation-result.ts";
import type { LedgerVisit } from "../ledger/ledger-visit.ts";
import { earlierVisits } from "../ledger/patient-history.ts";
import type { CompiledRuleset } from "../rules/compiled-ruleset.ts";
import { createEvaluationContext, type EvaluationContext } from "../rules/evaluation-context.ts";
import { servicesToFix } from "../rules/rule-engine.ts";

const severityOrder: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

export async function evaluateEncounter(
  encounter: Encounter,
  ruleset: CompiledRuleset,
  history?: readonly LedgerVisit[],
): Promise<ValidationResult> {
  const earlier = encounter.patient ? earlierVisits(encounter, history ?? []) : undefined;
  const leftOff = new Set<number>();
  const whyLeftOff: Finding[] = [];
  let context: EvaluationContext;
  for (;;) {
    context = createEvaluationContext(encounter, ruleset.tables, leftOff, earlier);
    await ruleset.engine.evaluateStage(context, "coding");
    const newOmissions = context.omissions.filter((omission) =>
      omission.services.some((service) => !leftOff.has(service)),
    );
    if (newOmissions.length === 0) break;
    for (const { finding, services } of newOmissions) {
      whyLeftOff.push(finding);
      for (const service of services) leftOff.add(service);
    }
  }
  await ruleset.engine.evaluateStage(context, "billing");
  const { unitMethod, totalTimedMinutes, totalTimedUnits, lines } = context.billing();
  const findings = withoutRepeats([...whyLeftOff, ...context.findings]).sort(compareFindings);
  return {
    encounterId: encounter.encounterId,
    status: statusOf(findings),
    ruleset: { version: ruleset.version, hash: ruleset.hash },
    findings,
    billing: {
      unitMethod,
      totalTimedMinutes,
      totalTimedUnits,
      lines: lines.map((line) => withDependencies(line, findings)),
    },
  };
}

export function statusOf(findings: readonly Finding[]): ValidationResult["status"] {
  if (findings.some((finding) => finding.severity === "error")) return "fail";
  if (findings.some((finding) => finding.severity === "warning")) return "warn";
  return "pass";
}

/**
 * The line as billed, naming the error findings whose fix it assumes: those about one of its
 * services, which would be denied or rejected as sent. A finding about a pair names both lines, but
 * only the column-2 line depends on its fix (the pair facts say so in their items' `fixServices`).
 * Warnings and notes ask the biller to check something; the line does not wait on them.
 */
function withDependencies(line: BillingLine, findings: readonly Finding[]): BillingLine {
  const dependsOn = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    if (servicesToFix(finding).some((service) => line.services.includes(service))) dependsOn.add(finding.ruleId);
  }
  return dependsOn.size === 0 ? line : { ...line, dependsOn: [...dependsOn] };
}

function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}\u0000${finding.services.join(",")}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.services[0] ?? -1) - (b.services[0] ?? -1) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
