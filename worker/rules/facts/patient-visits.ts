// What the history facts share: the visit's therapy bucket, the patient's earlier visits in it,
// and the day's other visits with the same rendering provider. All empty without a patient.
import type { LedgerVisit, TherapyBucket } from "../../ledger/ledger-visit.ts";
import { visitBucket } from "../../ledger/ledger-visit.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";

const noVisits: readonly LedgerVisit[] = [];

export const bucketNames: Readonly<Record<TherapyBucket, string>> = {
  PT: "physical therapy",
  OT: "occupational therapy",
  SLP: "speech-language pathology",
};

export function thisVisitBucket(context: EvaluationContext): TherapyBucket | undefined {
  return perEvaluation(context, findVisitBucket);
}

function findVisitBucket(context: EvaluationContext): TherapyBucket | undefined {
  return visitBucket(context.encounter);
}

/** The patient's earlier visits in this visit's bucket (on or before its date), oldest first. */
export function earlierVisitsInBucket(context: EvaluationContext): readonly LedgerVisit[] {
  if (!context.history || context.history.length === 0) return noVisits;
  return perEvaluation(context, findEarlierVisitsInBucket);
}

function findEarlierVisitsInBucket(context: EvaluationContext): readonly LedgerVisit[] {
  const bucket = thisVisitBucket(context);
  return bucket ? (context.history ?? noVisits).filter((visit) => visit.bucket === bucket) : noVisits;
}

/**
 * The patient's other visits on this date of service with the same rendering NPI: pair edits,
 * MUEs and duplicates apply per patient, provider and day, across every visit and claim.
 */
export function sameDayVisits(context: EvaluationContext): readonly LedgerVisit[] {
  if (!context.history || context.history.length === 0 || !context.encounter.provider.npi) return noVisits;
  return perEvaluation(context, findSameDayVisits);
}

function findSameDayVisits(context: EvaluationContext): readonly LedgerVisit[] {
  const { dateOfService, provider } = context.encounter;
  return (context.history ?? noVisits).filter(
    (visit) => visit.dateOfService === dateOfService && visit.renderingNpi === provider.npi,
  );
}

/** "service 2 of encounter enc-001": how a finding names a line of another visit. */
export function otherLine(visit: LedgerVisit, service: number): string {
  return `service ${service} of encounter ${visit.encounterId}`;
}
