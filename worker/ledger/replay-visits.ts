// Earlier visits given as encounters (a golden case's `history`), validated and recorded one by
// one as the API would have: each is judged with the visits before it, and its ledger entry is
// what its answer billed. Re-sending an encounterId replaces its entry, as in the ledger.
import { ProblemError } from "../errors/problem-error.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { CompiledRuleset } from "../rules/compiled-ruleset.ts";
import { evaluateEncounter } from "../validation/evaluate-encounter.ts";
import { parseEncounter } from "../validation/validate-encounter.ts";
import { ledgerVisitOf, type LedgerVisit } from "./ledger-visit.ts";

/** The ledger entries of `patientRef` after recording `encounters` in order; others' visits are skipped. */
export async function replayVisits(
  encounters: readonly unknown[],
  patientRef: string,
  ruleset: CompiledRuleset,
): Promise<LedgerVisit[]> {
  const visits = new Map<string, LedgerVisit>();
  for (const [index, body] of encounters.entries()) {
    let encounter: Encounter;
    try {
      encounter = parseEncounter(body);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      // Point into the history, so the author finds the visit to fix.
      const errors = (error.extensions.errors ?? []).map((entry) => ({
        ...entry,
        pointer: `/history/${index}${entry.pointer}`,
      }));
      throw new ProblemError("schema-violation", `history visit ${index} breaks the encounter schema`, { errors });
    }
    if (encounter.patient?.ref !== patientRef) continue;
    const result = await evaluateEncounter(encounter, ruleset, [...visits.values()]);
    visits.set(encounter.encounterId, ledgerVisitOf(encounter, result));
  }
  return [...visits.values()];
}
