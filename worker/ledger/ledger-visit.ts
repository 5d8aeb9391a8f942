// One visit as the patient's ledger keeps it: what later visits' rules need (date, rendering
// NPI, therapy bucket, the lines billed with their units, modifiers and allowed amounts, the
// progress report, episode and plan of care), and nothing else: no diagnoses, no free text.
import type { Encounter } from "../generated/types/encounter.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";

/** The therapy disciplines Medicare counts separately: PT, OT and speech-language pathology. */
export type TherapyBucket = "PT" | "OT" | "SLP";

export interface LedgerLine {
  /** The line's index in its encounter's services. */
  service: number;
  code: string;
  units: number;
  modifiers: string[];
  /** USD for the whole line; absent when the caller sent none. */
  allowedAmount?: number;
  bucket?: TherapyBucket;
}

export interface LedgerVisit {
  encounterId: string;
  dateOfService: string;
  payerType: Encounter["payer"]["type"];
  renderingNpi?: string;
  bucket?: TherapyBucket;
  progressReport: boolean;
  episodeStartedOn?: string;
  planOfCare?: { certifiedFrom: string; certifiedThrough: string };
  /** The lines that went on the claim (the answer's billing lines), not every service sent. */
  lines: LedgerLine[];
}

const bucketByTherapyModifier: Readonly<Record<string, TherapyBucket>> = { GP: "PT", GO: "OT", GN: "SLP" };
const bucketByDiscipline: Readonly<Partial<Record<Encounter["provider"]["discipline"], TherapyBucket>>> = {
  PT: "PT",
  PTA: "PT",
  OT: "OT",
  OTA: "OT",
  SLP: "SLP",
};

/** A line's bucket: its therapy modifier (GP, GO, GN) says which plan of care it is under. */
export function lineBucket(
  modifiers: readonly string[] | undefined,
  visit: TherapyBucket | undefined,
): TherapyBucket | undefined {
  for (const modifier of modifiers ?? []) {
    const bucket = bucketByTherapyModifier[modifier];
    if (bucket) return bucket;
  }
  return visit;
}

/** The visit's bucket: the therapist's discipline, else the first therapy modifier on its lines (a physician billing therapy). */
export function visitBucket(encounter: Encounter): TherapyBucket | undefined {
  const byDiscipline = bucketByDiscipline[encounter.provider.discipline];
  if (byDiscipline) return byDiscipline;
  for (const service of encounter.services) {
    const bucket = lineBucket(service.modifiers, undefined);
    if (bucket) return bucket;
  }
  return undefined;
}

/**
 * A billing line's allowed amount: the sum of its services' (services of one code and modifier
 * set are one line), added in cents; undefined when none of them carries one.
 */
export function lineAllowedAmount(encounter: Encounter, services: readonly number[]): number | undefined {
  let cents: number | undefined;
  for (const service of services) {
    const amount = encounter.services[service]?.allowedAmount;
    if (amount !== undefined) cents = (cents ?? 0) + Math.round(amount * 100);
  }
  return cents === undefined ? undefined : cents / 100;
}

/** The ledger entry for a validated encounter: its billing lines, with the amounts the services carried. */
export function ledgerVisitOf(encounter: Encounter, result: Pick<ValidationResult, "billing">): LedgerVisit {
  const bucket = visitBucket(encounter);
  const lines = result.billing.lines.map((line): LedgerLine => {
    const allowedAmount = lineAllowedAmount(encounter, line.services);
    const modifiers = line.modifiers ?? [];
    const lineInBucket = lineBucket(modifiers, bucket);
    return {
      service: line.service,
      code: line.code,
      units: line.units,
      modifiers,
      ...(allowedAmount !== undefined ? { allowedAmount } : {}),
      ...(lineInBucket ? { bucket: lineInBucket } : {}),
    };
  });
  return {
    encounterId: encounter.encounterId,
    dateOfService: encounter.dateOfService,
    payerType: encounter.payer.type,
    ...(encounter.provider.npi ? { renderingNpi: encounter.provider.npi } : {}),
    ...(bucket ? { bucket } : {}),
    progressReport: encounter.progressReport === true,
    ...(encounter.episode ? { episodeStartedOn: encounter.episode.startedOn } : {}),
    ...(encounter.planOfCare ? { planOfCare: { ...encounter.planOfCare } } : {}),
    lines,
  };
}
