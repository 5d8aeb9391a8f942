// The plan of care a therapy visit is treated under: the one the encounter sends, else (with a
// patient) the latest one an earlier visit of the discipline sent. A certification covers at most
// 90 calendar days, and visits after its last day need a recertification (Pub 100-02, Ch. 15,
// §220.1.2-220.1.3).
import type { LedgerVisit } from "../../ledger/ledger-visit.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { choice, paramsSchema, wholeNumber } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { bucketNames, earlierVisitsInBucket, thisVisitBucket } from "./patient-visits.ts";

interface PlanInForce {
  certifiedFrom: string;
  certifiedThrough: string;
  /** "this encounter", or the earlier encounter that sent it. */
  sentWith: string;
}

const dayMilliseconds = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMilliseconds);
}

function planInForce(context: EvaluationContext): PlanInForce | undefined {
  return perEvaluation(context, findPlanInForce);
}

function findPlanInForce(context: EvaluationContext): PlanInForce | undefined {
  const { planOfCare } = context.encounter;
  if (planOfCare) return { ...planOfCare, sentWith: "this encounter" };
  let latest: LedgerVisit | undefined;
  // Visits are oldest first, so the last one with a plan holds the latest.
  for (const visit of earlierVisitsInBucket(context)) if (visit.planOfCare) latest = visit;
  return (
    latest?.planOfCare && {
      ...latest.planOfCare,
      sentWith: `encounter ${latest.encounterId} (${latest.dateOfService})`,
    }
  );
}

export const planOfCare: FactDefinition = {
  description:
    "The plan of care of a therapy visit (a therapist's, or lines with GP, GO or GN): the encounter's `planOfCare`, else, with `patient`, the latest one an earlier visit of the discipline sent. `check: expired`: one item when the date of service is after `certifiedThrough`; `check: longer-than`: one item when the certification covers more than `days` calendar days (or ends before it starts); `check: missing`: one item when a patient's visit has no plan at all (without `patient` ClaimLint cannot know, and says nothing).",
  stage: "coding",
  params: paramsSchema({
    check: choice("`expired`, `longer-than` or `missing`", ["expired", "longer-than", "missing"]),
    days: wholeNumber("for `longer-than`: the most calendar days one certification may cover (90 for Medicare)", 90),
  }),
  itemFields: [
    "discipline",
    "certifiedFrom",
    "certifiedThrough",
    "coveredDays",
    "daysAfter",
    "sentWith",
    "services",
    "codes",
  ],
  example: { params: { check: "expired" } },
  compute(context, params): FindingItem[] {
    // Most encounters send no plan and name no patient: nothing to check, nothing to derive.
    if (!context.encounter.planOfCare && !context.history) return [];
    const bucket = thisVisitBucket(context);
    if (!bucket) return [];
    const discipline = bucketNames[bucket];
    const plan = planInForce(context);
    if (params.check === "missing") return !plan && context.history ? [{ discipline, services: [], codes: [] }] : [];
    if (!plan) return [];
    const coveredDays = daysBetween(plan.certifiedFrom, plan.certifiedThrough) + 1;
    const fields = { discipline, ...plan, coveredDays, services: [], codes: [] };
    if (params.check === "expired") {
      const daysAfter = daysBetween(plan.certifiedThrough, context.encounter.dateOfService);
      return daysAfter > 0 ? [{ ...fields, daysAfter }] : [];
    }
    if (params.check === "longer-than") return coveredDays > Number(params.days) || coveredDays < 1 ? [fields] : [];
    return [];
  },
};
