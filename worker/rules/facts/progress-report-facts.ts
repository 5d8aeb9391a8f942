// Progress reports: Medicare wants one at least once every 10 treatment days, the first period
// starting on the episode's first day (Pub 100-02, Ch. 15, §220.3 D). A treatment day is a date
// with a visit of the discipline; the count starts again after each report and at a new episode.
import { reportingPeriod } from "../../ledger/reporting-period.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { choice, paramsSchema, wholeNumber } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { bucketNames, earlierVisitsInBucket, thisVisitBucket } from "./patient-visits.ts";

interface Period {
  /** Treatment days counted so far, this visit's day included. */
  treatmentDays: number;
  since: string;
}

function currentPeriod(context: EvaluationContext): Period | undefined {
  if (!context.history) return undefined;
  return perEvaluation(context, findCurrentPeriod);
}

function findCurrentPeriod(context: EvaluationContext): Period | undefined {
  const { encounter } = context;
  if (!thisVisitBucket(context) || encounter.progressReport === true) return undefined;
  const thisVisit = {
    dateOfService: encounter.dateOfService,
    episodeStartedOn: encounter.episode?.startedOn,
    progressReport: false,
  };
  const period = reportingPeriod([...earlierVisitsInBucket(context), thisVisit], encounter.dateOfService);
  // A report written earlier the same day covers this visit too.
  if (!period || period.lastReportOn === encounter.dateOfService) return undefined;
  return {
    treatmentDays: period.treatmentDays,
    since: period.lastReportOn
      ? `the last progress report (${period.lastReportOn})`
      : `the start of the episode (${period.episodeStartedOn})`,
  };
}

export const treatmentDaysSinceProgressReport: FactDefinition = {
  description:
    "For a therapy visit of a patient without a progress report: its treatment day number (distinct dates of service of the discipline) since the episode started (`episode.startedOn`, else the first visit recorded) or since the last progress report. One item when the number is `interval` (`position: on`) or above it (`position: past`). Nothing without `patient`.",
  stage: "coding",
  params: paramsSchema({
    interval: wholeNumber("the treatment days a report covers at most (10 for Medicare)", 10),
    position: choice("`on`: the visit is the interval's last treatment day; `past`: it is later than that", [
      "on",
      "past",
    ]),
  }),
  itemFields: ["discipline", "treatmentDays", "interval", "since", "services", "codes"],
  example: { params: { interval: 10, position: "on" } },
  compute(context, params): FindingItem[] {
    const period = currentPeriod(context);
    const interval = Number(params.interval);
    if (!period || !Number.isInteger(interval)) return [];
    if (params.position === "on" && period.treatmentDays !== interval) return [];
    if (params.position === "past" && period.treatmentDays <= interval) return [];
    return [
      {
        discipline: bucketNames[thisVisitBucket(context)!],
        treatmentDays: period.treatmentDays,
        interval,
        since: period.since,
        services: [],
        codes: [],
      },
    ];
  },
};
