// A patient's year from the ledger, for GET /v1/patients/{ref}/summary: the allowed amounts
// against the KX threshold, each discipline's progress-report period and plan of care. Pure:
// the visits and the year's thresholds come in as data.
import type { PatientSummary } from "../generated/types/patient-summary.ts";
import type { KxYear } from "../rules/bundled-release.ts";
import type { LedgerVisit, TherapyBucket } from "./ledger-visit.ts";
import { toCents } from "./patient-history.ts";
import { reportingPeriod } from "./reporting-period.ts";
import { groupCents, medicareAllowedCents, thresholdGroupBuckets, type ThresholdGroup } from "./therapy-year.ts";

/** Medicare's progress-report interval in treatment days (Pub 100-02, Ch. 15, §220.3 D), as the shipped rule uses it. */
export const progressReportInterval = 10;

const buckets: readonly TherapyBucket[] = ["PT", "OT", "SLP"];
const groups: readonly ThresholdGroup[] = ["PT and SLP", "OT"];

/** `visits`: the patient's visits dated on or before the year's end, voided ones left out. */
export function summarizePatient(
  visits: readonly LedgerVisit[],
  year: number,
  thresholds: KxYear | undefined,
): PatientSummary {
  const yearPrefix = `${year}-`;
  const centsByBucket = medicareAllowedCents(visits, year);
  return {
    year,
    visitCount: visits.filter((visit) => visit.dateOfService.startsWith(yearPrefix)).length,
    thresholds: thresholds
      ? groups.map((group) => thresholdOf(group, groupCents(centsByBucket, group), thresholds))
      : [],
    disciplines: buckets.flatMap((bucket) => {
      const inBucket = visits
        .filter((visit) => visit.bucket === bucket)
        .sort((a, b) => a.dateOfService.localeCompare(b.dateOfService));
      const last = inBucket.at(-1);
      if (!last) return [];
      const period = reportingPeriod(inBucket, last.dateOfService)!;
      const plan = inBucket.findLast((visit) => visit.planOfCare)?.planOfCare;
      return [
        {
          discipline: bucket,
          allowedAmountToDate: (centsByBucket.get(bucket) ?? 0) / 100,
          lastVisitOn: last.dateOfService,
          progressReport: {
            countingFrom: period.episodeStartedOn,
            ...(period.lastReportOn ? { lastReportOn: period.lastReportOn } : {}),
            treatmentDaysSinceReport: period.treatmentDays,
            dueByTreatmentDay: progressReportInterval,
            treatmentDaysLeft: Math.max(progressReportInterval - period.treatmentDays, 0),
            overdue: period.treatmentDays > progressReportInterval,
          },
          ...(plan ? { planOfCare: { ...plan } } : {}),
        },
      ];
    }),
  };
}

function thresholdOf(group: ThresholdGroup, cents: number, row: KxYear): PatientSummary["thresholds"][number] {
  const thresholdCents = toCents(row.kxThreshold);
  return {
    disciplines: thresholdGroupBuckets[group],
    allowedAmountToDate: cents / 100,
    kxThreshold: row.kxThreshold,
    remainingBeforeKx: Math.max(thresholdCents - cents, 0) / 100,
    kxRequired: cents > thresholdCents,
    targetedReviewThreshold: row.targetedReviewThreshold,
    source: row.source,
  };
}
