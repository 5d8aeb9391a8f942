// The Medicare KX threshold: per beneficiary and calendar year, the allowed amounts of physical
// therapy and speech-language pathology together, and of occupational therapy alone. Once the
// year's amounts pass the threshold, every therapy line needs KX. The thresholds are data
// (tables/kx-thresholds.json); the year's earlier amounts come from the patient's ledger.
import type { KxYear } from "../bundled-release.ts";
import { lineAllowedAmount, lineBucket } from "../../ledger/ledger-visit.ts";
import { formatCents, toCents } from "../../ledger/patient-history.ts";
import {
  groupCents,
  medicareAllowedCents,
  thresholdGroupOf as groupOf,
  type ThresholdGroup,
} from "../../ledger/therapy-year.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { choice, flag, paramsSchema } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { thisVisitBucket } from "./patient-visits.ts";

const groupNames: Readonly<Record<ThresholdGroup, string>> = {
  "PT and SLP": "physical therapy and speech-language pathology (counted together)",
  OT: "occupational therapy",
};

interface KxLine {
  service: number;
  services: number[];
  code: string;
  hasKx: boolean;
  /** The year's allowed amount in the group once this line is counted, in cents. */
  runningCents: number;
  overThreshold: boolean;
}

interface KxGroup {
  group: ThresholdGroup;
  row: KxYear;
  priorCents: number;
  totalCents: number;
  lines: KxLine[];
}

function kxGroups(context: EvaluationContext): readonly KxGroup[] {
  if (!context.history) return [];
  return perEvaluation(context, findKxGroups);
}

function findKxGroups(context: EvaluationContext): KxGroup[] {
  const { encounter } = context;
  const row = context.tables.kxThresholdsByYear.get(Number(encounter.dateOfService.slice(0, 4)));
  if (!row) return [];
  // Only Medicare visits count toward Medicare's threshold; the history already stops at this date.
  const priorByBucket = medicareAllowedCents(context.history ?? [], row.year);
  const thresholdCents = toCents(row.kxThreshold);
  const groups = new Map<ThresholdGroup, KxGroup>();
  const visit = thisVisitBucket(context);
  for (const line of context.billing().lines) {
    const bucket = lineBucket(line.modifiers, visit);
    if (!bucket) continue;
    const group = groupOf[bucket];
    let state = groups.get(group);
    if (!state) {
      const prior = groupCents(priorByBucket, group);
      state = { group, row, priorCents: prior, totalCents: prior, lines: [] };
      groups.set(group, state);
    }
    state.totalCents += toCents(lineAllowedAmount(encounter, line.services));
    // At and after the line that passes the threshold, every line of the group is above it.
    state.lines.push({
      service: line.service,
      services: line.services,
      code: line.code,
      hasKx: (line.modifiers ?? []).includes("KX"),
      runningCents: state.totalCents,
      overThreshold: state.totalCents > thresholdCents,
    });
  }
  return [...groups.values()];
}

function groupFields(state: KxGroup, cents: number) {
  return {
    therapyGroup: groupNames[state.group],
    year: state.row.year,
    threshold: formatCents(toCents(state.row.kxThreshold)),
    yearToDate: formatCents(cents),
    source: state.row.source,
  };
}

export const kxThresholdLines: FactDefinition = {
  description:
    "Therapy lines (GP, GO, GN, or a therapist's lines) of a patient's visit, measured against the year's KX threshold (tables/kx-thresholds.json) with the allowed amounts of the patient's earlier Medicare visits that year (PT and SLP together, OT alone). `over`: lines at and after the one whose amount takes the year past the threshold; `under`: lines of a visit after which the year is still at or below it. Nothing without `patient`, or for a year the table lacks. Items cite the year's row.",
  stage: "billing",
  params: paramsSchema({
    position: choice(
      "`over`: lines at and after the crossing; `under`: lines while the year stays at or below the threshold",
      ["over", "under"],
    ),
    withKx: flag("true: only lines with the KX modifier; false: only lines without it", false),
  }),
  itemFields: ["service", "code", "therapyGroup", "year", "threshold", "yearToDate", "services", "codes"],
  example: { params: { position: "over", withKx: false } },
  compute(context, params): FindingItem[] {
    const items: FindingItem[] = [];
    for (const state of kxGroups(context)) {
      const staysUnder = state.totalCents <= toCents(state.row.kxThreshold);
      for (const line of state.lines) {
        if (params.position === "over" && !line.overThreshold) continue;
        if (params.position === "under" && !staysUnder) continue;
        if (typeof params.withKx === "boolean" && params.withKx !== line.hasKx) continue;
        items.push({
          service: line.service,
          code: line.code,
          ...groupFields(state, line.runningCents),
          services: line.services,
          codes: [line.code],
        });
      }
    }
    return items.sort((a, b) => (a.service as number) - (b.service as number));
  },
};

export const targetedReviewThresholdCrossed: FactDefinition = {
  description:
    "A patient's visit whose therapy allowed amounts take the year past the targeted medical review threshold (tables/kx-thresholds.json), one item per group (PT and SLP together, OT alone) that it crosses: the earlier Medicare visits of the year were at or below it, this one passes it. Items list the visit's lines of that group.",
  stage: "billing",
  itemFields: ["therapyGroup", "year", "threshold", "yearToDate", "services", "codes"],
  example: {},
  compute(context): FindingItem[] {
    return kxGroups(context).flatMap((state) => {
      const reviewCents = toCents(state.row.targetedReviewThreshold);
      if (!(state.priorCents <= reviewCents && state.totalCents > reviewCents)) return [];
      return [
        {
          ...groupFields(state, state.totalCents),
          threshold: formatCents(reviewCents),
          services: state.lines.flatMap((line) => line.services),
          codes: state.lines.map((line) => line.code),
        },
      ];
    });
  },
};
