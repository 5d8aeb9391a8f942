// What the KX threshold counts, shared by the KX facts and the patient summary: per calendar
// year, the allowed amounts of a patient's Medicare therapy visits, physical therapy and
// speech-language pathology together, occupational therapy alone.
import type { LedgerVisit, TherapyBucket } from "./ledger-visit.ts";
import { toCents } from "./patient-history.ts";

export type ThresholdGroup = "PT and SLP" | "OT";

export const thresholdGroupOf: Readonly<Record<TherapyBucket, ThresholdGroup>> = {
  PT: "PT and SLP",
  SLP: "PT and SLP",
  OT: "OT",
};

export const thresholdGroupBuckets: Readonly<Record<ThresholdGroup, TherapyBucket[]>> = {
  "PT and SLP": ["PT", "SLP"],
  OT: ["OT"],
};

/** Cents of allowed amounts per bucket over the Medicare visits dated in `year`. */
export function medicareAllowedCents(visits: readonly LedgerVisit[], year: number): Map<TherapyBucket, number> {
  const prefix = `${year}-`;
  const cents = new Map<TherapyBucket, number>();
  for (const visit of visits) {
    if (visit.payerType !== "medicare" || !visit.dateOfService.startsWith(prefix)) continue;
    for (const line of visit.lines)
      if (line.bucket) cents.set(line.bucket, (cents.get(line.bucket) ?? 0) + toCents(line.allowedAmount));
  }
  return cents;
}

export function groupCents(byBucket: ReadonlyMap<TherapyBucket, number>, group: ThresholdGroup): number {
  return thresholdGroupBuckets[group].reduce((sum, bucket) => sum + (byBucket.get(bucket) ?? 0), 0);
}
