// Re-validates a corpus of encounters under two releases (each pinned, whatever the date of
// service) and keeps the encounters whose status or billing changes, with the findings that
// appeared and disappeared: what a release change would do to real claims.
import { ProblemError } from "../../errors/problem-error.ts";
import type { Finding, ValidationResult } from "../../generated/types/validation-result.ts";
import type { Encounter } from "../../generated/types/encounter.ts";
import { evaluateEncounter } from "../../validation/evaluate-encounter.ts";
import { parseEncounter } from "../../validation/validate-encounter.ts";
import type { CompiledRuleset } from "../../rules/compiled-ruleset.ts";
import { isRecord } from "./release-files.ts";

export interface CorpusEncounter {
  /** 1-based line in the NDJSON file. */
  line: number;
  body: unknown;
}

export interface CorpusProblem {
  line: number;
  message: string;
}

/** One encounter per line; blank lines are skipped, a line that is not JSON is reported. */
export function parseCorpus(text: string): { encounters: CorpusEncounter[]; problems: CorpusProblem[] } {
  const encounters: CorpusEncounter[] = [];
  const problems: CorpusProblem[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    try {
      encounters.push({ line: index + 1, body: JSON.parse(line) });
    } catch (reason) {
      problems.push({ line: index + 1, message: `not valid JSON (${(reason as Error).message})` });
    }
  });
  return { encounters, problems };
}

export interface EncounterChange {
  line: number;
  encounterId: string;
  summary: string;
  statusFrom: ValidationResult["status"];
  statusTo: ValidationResult["status"];
  billingFrom: string;
  billingTo: string;
  added: Finding[];
  removed: Finding[];
}

export interface CorpusImpact {
  evaluated: number;
  /** Status or billing changed. */
  changed: EncounterChange[];
  /** Only the findings changed (messages aside): same status, same lines. */
  findingsOnly: number;
  invalid: CorpusProblem[];
}

export async function corpusImpact(
  encounters: readonly CorpusEncounter[],
  from: CompiledRuleset,
  to: CompiledRuleset,
  onProgress?: (done: number, total: number) => void,
): Promise<CorpusImpact> {
  const impact: CorpusImpact = { evaluated: 0, changed: [], findingsOnly: 0, invalid: [] };
  for (const [index, entry] of encounters.entries()) {
    onProgress?.(index, encounters.length);
    let encounter: Encounter;
    try {
      encounter = parseEncounter(entry.body);
    } catch (reason) {
      if (!(reason instanceof ProblemError)) throw reason;
      const first = reason.extensions.errors?.[0];
      impact.invalid.push({ line: entry.line, message: first ? `${first.pointer} ${first.message}` : reason.message });
      continue;
    }
    const before = await evaluateEncounter(encounter, from);
    const after = await evaluateEncounter(encounter, to);
    impact.evaluated += 1;
    const added = missingFrom(after.findings, before.findings);
    const removed = missingFrom(before.findings, after.findings);
    const billingFrom = describeBilling(before);
    const billingTo = describeBilling(after);
    if (before.status !== after.status || billingFrom !== billingTo) {
      impact.changed.push({
        line: entry.line,
        encounterId: encounter.encounterId,
        summary: describeEncounter(entry.body),
        statusFrom: before.status,
        statusTo: after.status,
        billingFrom,
        billingTo,
        added,
        removed,
      });
    } else if (added.length > 0 || removed.length > 0) {
      impact.findingsOnly += 1;
    }
  }
  onProgress?.(encounters.length, encounters.length);
  return impact;
}

/** Findings of `list` with no counterpart in `other` (same rule, severity, services and codes). */
function missingFrom(list: readonly Finding[], other: readonly Finding[]): Finding[] {
  const remaining = other.map(findingKey);
  return list.filter((finding) => {
    const index = remaining.indexOf(findingKey(finding));
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.severity}|${finding.services.join(",")}|${finding.codes.join(",")}`;
}

export function describeBilling(result: ValidationResult): string {
  const lines = result.billing.lines.map((line) => `${line.code}×${line.units}`).join(", ");
  return `${lines || "no lines"} (${result.billing.unitMethod}, ${result.billing.totalTimedUnits} timed units)`;
}

function describeEncounter(body: unknown): string {
  if (!isRecord(body)) return "";
  const payer = isRecord(body.payer) ? String(body.payer.type) : "?";
  const discipline = isRecord(body.provider) ? String(body.provider.discipline) : "?";
  return `${String(body.dateOfService)} ${payer} ${discipline}`;
}
