// Patients' visit sequences for the benchmark: the main corpus names no patient (it measures what
// every encounter pays), so the rule families that read earlier visits fire only here. Each
// sequence is replayed as the ledger would record it, every visit judged with those before it.
import type { Encounter, Service } from "../../worker/generated/types/encounter.ts";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import { ledgerVisitOf, type LedgerVisit } from "../../worker/ledger/ledger-visit.ts";
import type { RulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { evaluateEncounter } from "../../worker/validation/evaluate-encounter.ts";

const plan = { certifiedFrom: "2026-12-01", certifiedThrough: "2027-02-28" };

function visit(
  patient: string,
  index: number,
  dateOfService: string,
  services: Service[],
  extra: Partial<Encounter> = {},
): Encounter {
  return {
    encounterId: `bench-${patient}-${index}`,
    patient: { ref: patient },
    dateOfService,
    payer: { type: "medicare" },
    provider: { discipline: "PT", npi: "1234567893" },
    diagnoses: ["M54.50"],
    services,
    planOfCare: plan,
    ...extra,
  };
}

const line = (code: string, minutes: number, allowedAmount: number, modifiers = ["GP"]): Service => ({
  code,
  minutes,
  allowedAmount,
  modifiers,
});
const day = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);

/** Sequences where every history rule fires: progress reports, KX, targeted review, plan of care, same-day edits. */
export function patientSequences(): Encounter[][] {
  return [
    // Eleven treatment days, no report, amounts passing the KX threshold on the last visits.
    Array.from({ length: 11 }, (_, index) => visit("daily", index, day(index), [line("97110", 45, 240)])),
    // KX before the threshold, then past the targeted medical review threshold with KX.
    [
      visit("review", 0, day(0), [line("97110", 45, 100, ["GP", "KX"])]),
      visit("review", 1, day(7), [line("97110", 45, 2950, ["GP", "KX"])]),
    ],
    // A plan of care too long, one that ended, and none at all.
    [
      visit("plans", 0, day(0), [line("97110", 30, 60)], {
        planOfCare: { certifiedFrom: "2026-12-01", certifiedThrough: "2027-03-17" },
      }),
    ],
    [
      visit("ended", 0, day(40), [line("97110", 30, 60)], {
        planOfCare: { certifiedFrom: "2026-11-01", certifiedThrough: "2026-12-30" },
      }),
    ],
    [visit("unplanned", 0, day(3), [line("97110", 30, 60)], { planOfCare: undefined })],
    // The same day, the same NPI: a mutually exclusive pair, a pair needing 59/X, a duplicate, and the day's MUE.
    [
      visit("sameday", 0, day(5), [line("97124", 30, 50), line("97110", 45, 90)]),
      visit("sameday", 1, day(5), [line("97140", 30, 50), line("97110", 30, 60)]),
    ],
    [visit("pair", 0, day(5), [line("97530", 30, 50)]), visit("pair", 1, day(5), [line("97140", 30, 50)])],
  ];
}

/** Each visit's result, judged with the visits of its patient recorded before it. */
export async function replaySequence(
  sequence: readonly Encounter[],
  registry: RulesetRegistry,
): Promise<ValidationResult[]> {
  const recorded: LedgerVisit[] = [];
  const results: ValidationResult[] = [];
  for (const encounter of sequence) {
    const result = await evaluateEncounter(encounter, registry.forDate(encounter.dateOfService), recorded);
    results.push(result);
    recorded.push(ledgerVisitOf(encounter, result));
  }
  return results;
}

/** The last visit of the eleven-day sequence and the ten visits recorded before it. */
export async function eleventhVisit(
  registry: RulesetRegistry,
): Promise<{ encounter: Encounter; history: LedgerVisit[] }> {
  const sequence = patientSequences()[0]!;
  const results = await replaySequence(sequence, registry);
  const history = sequence.slice(0, -1).map((encounter, index) => ledgerVisitOf(encounter, results[index]!));
  return { encounter: sequence.at(-1)!, history };
}
