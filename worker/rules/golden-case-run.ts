// Runs a rule file's golden cases: each encounter is validated by the release the case
// file sits in (after its `history`, the patient's earlier visits, is recorded), and only the
// expectations the case states are compared. Deployed code: rules:test runs it, and so does the
// worker before it accepts a published release.
import { ProblemError } from "../errors/problem-error.ts";
import type { GoldenCases } from "../generated/types/rules/golden-cases.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { LedgerVisit } from "../ledger/ledger-visit.ts";
import { replayVisits } from "../ledger/replay-visits.ts";
import { evaluateEncounter } from "../validation/evaluate-encounter.ts";
import { parseEncounter } from "../validation/validate-encounter.ts";
import type { CompiledRuleset } from "./compiled-ruleset.ts";

export type GoldenCase = GoldenCases["cases"][number];
type Expectation = GoldenCase["expect"];
type ExpectedFinding = NonNullable<Expectation["findings"]>[number];

export interface GoldenCaseOutcome {
  name: string;
  differences: string[];
  expected: Expectation;
  actual: Expectation;
}

/** The file's cases as they run: each encounter, and each visit of its history, completed from the file's `defaults`. */
export function casesOf(file: Pick<GoldenCases, "cases" | "defaults">): GoldenCase[] {
  const defaults = file.defaults?.encounter;
  if (!defaults) return file.cases;
  return file.cases.map((goldenCase) => ({
    ...goldenCase,
    encounter: { ...defaults, ...goldenCase.encounter },
    ...(goldenCase.history ? { history: goldenCase.history.map((visit) => ({ ...defaults, ...visit })) } : {}),
  }));
}

export async function runGoldenCase(goldenCase: GoldenCase, ruleset: CompiledRuleset): Promise<GoldenCaseOutcome> {
  let encounter: Encounter;
  let history: LedgerVisit[] = [];
  try {
    encounter = parseEncounter(goldenCase.encounter);
    if (encounter.patient && goldenCase.history)
      history = await replayVisits(goldenCase.history, encounter.patient.ref, ruleset);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    const where = (pointer: string) => (pointer.startsWith("/history/") ? pointer.slice(1) : `encounter${pointer}`);
    const reasons = (error.extensions.errors ?? []).map((entry) => `${where(entry.pointer)} ${entry.message}`);
    return { name: goldenCase.name, differences: reasons, expected: goldenCase.expect, actual: {} };
  }
  const actual = observed(await evaluateEncounter(encounter, ruleset, history));
  return {
    name: goldenCase.name,
    differences: compareWithExpectation(goldenCase.expect, actual),
    expected: goldenCase.expect,
    actual,
  };
}

/** The result in the golden-case vocabulary: what a case can state about it. */
export function observed(result: ValidationResult): Expectation {
  return {
    status: result.status,
    findings: result.findings.map(({ ruleId, severity, services, codes }) => ({ ruleId, severity, services, codes })),
    lines: result.billing.lines.map(({ service, code, units, dependsOn }) =>
      dependsOn ? { service, code, units, dependsOn } : { service, code, units },
    ),
    totalTimedUnits: result.billing.totalTimedUnits,
  };
}

export function compareWithExpectation(expected: Expectation, actual: Expectation): string[] {
  const differences: string[] = [];
  const actualFindings = actual.findings ?? [];
  if (expected.status !== undefined && expected.status !== actual.status)
    differences.push(`status: expected ${expected.status}, got ${actual.status}`);
  if (expected.totalTimedUnits !== undefined && expected.totalTimedUnits !== actual.totalTimedUnits) {
    differences.push(`totalTimedUnits: expected ${expected.totalTimedUnits}, got ${actual.totalTimedUnits}`);
  }
  if (expected.lines !== undefined && JSON.stringify(expected.lines) !== JSON.stringify(actual.lines)) {
    differences.push(`lines: expected ${describeLines(expected.lines)}, got ${describeLines(actual.lines ?? [])}`);
  }
  if (expected.findings !== undefined) {
    const unmatched = [...actualFindings];
    for (const finding of expected.findings) {
      const index = unmatched.findIndex((candidate) => findingMatches(finding, candidate));
      if (index === -1) differences.push(`missing finding ${describeFinding(finding)}`);
      else unmatched.splice(index, 1);
    }
    for (const extra of unmatched) differences.push(`unexpected finding ${describeFinding(extra)}`);
  }
  for (const finding of expected.includesFindings ?? []) {
    if (!actualFindings.some((candidate) => findingMatches(finding, candidate)))
      differences.push(`missing finding ${describeFinding(finding)}`);
  }
  for (const ruleId of expected.excludesRules ?? []) {
    const fired = actualFindings.find((candidate) => candidate.ruleId === ruleId);
    if (fired) differences.push(`rule ${ruleId} fired but should not: ${describeFinding(fired)}`);
  }
  return differences;
}

/** Whether a finding is the one a case expects: same rule, and same severity, services and codes where the case gives them. */
export function findingMatches(expected: ExpectedFinding, actual: ExpectedFinding): boolean {
  return (
    expected.ruleId === actual.ruleId &&
    (expected.severity === undefined || expected.severity === actual.severity) &&
    (expected.services === undefined || JSON.stringify(expected.services) === JSON.stringify(actual.services)) &&
    (expected.codes === undefined || JSON.stringify(expected.codes) === JSON.stringify(actual.codes))
  );
}

export function describeFinding(finding: ExpectedFinding): string {
  const parts = [finding.ruleId];
  if (finding.severity) parts.push(finding.severity);
  if (finding.services) parts.push(`services [${finding.services.join(", ")}]`);
  if (finding.codes) parts.push(`codes [${finding.codes.join(", ")}]`);
  return parts.join(" ");
}

export function describeLines(lines: NonNullable<Expectation["lines"]>): string {
  return lines.length === 0
    ? "(none)"
    : lines
        .map(
          (line) =>
            `#${line.service} ${line.code}×${line.units}${line.dependsOn ? ` (depends on ${line.dependsOn.join(", ")})` : ""}`,
        )
        .join(", ");
}
