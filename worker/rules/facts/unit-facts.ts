// Facts about units, read from the billing computation: one item per claim line (the services of
// one code and modifier set, their minutes added up). They are `billing`-stage facts: units are
// settled only after the coding rules have taken lines off the claim.
import type { EvaluationContext } from "../evaluation-context.ts";
import type { ClaimLine } from "../../units/compute-billing.ts";
import type { ServiceAllocation, TimedService } from "../../units/cms-allocation.ts";
import { minimumBillableMinutes } from "../../units/fifteen-minute-bands.ts";
import type { CompiledTables } from "../compiled-tables.ts";
import type { FactDefinition, FactParams, FindingItem, MatchKeys } from "./fact-definition.ts";
import { catalogCodes } from "./match-keys.ts";
import { flag, paramsSchema } from "./param-schema.ts";
import { shortList, unitsText } from "./unit-words.ts";

const lineFields = [
  "service",
  "code",
  "minutes",
  "submittedUnits",
  "allowedUnits",
  "submittedUnitsText",
  "allowedUnitsText",
  "allowedBecause",
  "services",
  "codes",
];

function lineItem(context: EvaluationContext, line: ClaimLine, extra: Record<string, unknown> = {}): FindingItem {
  return {
    service: line.services[0],
    code: line.code,
    minutes: line.minutes,
    submittedUnits: line.submittedUnits,
    allowedUnits: line.allowedUnits,
    submittedUnitsText: line.submittedUnits === undefined ? undefined : unitsText(line.submittedUnits),
    allowedUnitsText: unitsText(line.allowedUnits),
    allowedBecause: allowedBecause(context, line),
    services: line.services,
    codes: [line.code],
    ...extra,
  };
}

/** Why the line is allowed what it is, in words that fit "… is submitted with 2 units, but {allowedBecause}". */
function allowedBecause(context: EvaluationContext, line: ClaimLine): string {
  const { unitMethod, totalTimedMinutes, totalTimedUnits } = context.billing();
  const minimum = minimumBillableMinutes(context.tables.timeUnits.fifteenMinute);
  const allowed = unitsText(line.allowedUnits);
  switch (line.basis) {
    case "untimed":
      return `${line.code} is an untimed code: it bills 1 unit a day, whatever the time`;
    case "hourly":
      return `${line.code} is reported in hours, and its ${line.minutes} minutes make ${line.allowedUnits === 0 ? "no billable hour" : allowed}`;
    case "timed":
      if (unitMethod === "ama") {
        return line.allowedUnits === 0
          ? `its ${line.minutes} minutes are under the ${minimum} a unit needs under the per-code method`
          : `its ${line.minutes} minutes allow ${allowed} under the per-code method`;
      }
      if (totalTimedUnits === 0)
        return `the day's ${totalTimedMinutes} timed minutes are under the ${minimum} a first unit needs`;
      return line.allowedUnits === 0
        ? `the day's ${totalTimedMinutes} timed minutes allow ${unitsText(totalTimedUnits)}, all taken by codes with more minutes`
        : `the day's ${totalTimedMinutes} timed minutes allow ${unitsText(totalTimedUnits)}, of which its ${line.minutes} minutes earn ${allowed}`;
    default:
      return `${line.code} has no time rule, so the units sent stand`;
  }
}

/** Only timed codes are allocated minutes, or fall short of a unit's minutes. */
function timedCodes(_params: FactParams, tables: CompiledTables): MatchKeys {
  return { codes: catalogCodes(tables, (entry) => entry.unitBasis === "timed") };
}

/** Lines whose units were computed from their minutes (or basis), so the units sent can be compared with them. */
function checkedLines(context: EvaluationContext): ClaimLine[] {
  return context.billing().claimLines.filter((line) => !line.missingMinutes);
}

/** Lines nothing was sent units for: a line with units sent that earns none draws units.submitted-without-unit instead. */
function withoutUnitsSent(line: ClaimLine): boolean {
  return line.submittedUnits === undefined;
}

export const billing: FactDefinition = {
  description:
    "The billing summary: `unitMethod`, `totalTimedMinutes`, `totalTimedUnits` and `lines` (as in the answer).",
  stage: "billing",
  example: { path: "totalTimedUnits", operator: "greaterThan", value: 8 },
  compute(context) {
    const { unitMethod, totalTimedMinutes, totalTimedUnits, lines } = context.billing();
    return { unitMethod, totalTimedMinutes, totalTimedUnits, lines };
  },
};

function earnsUnitsFilter(params: FactParams): (line: ClaimLine) => boolean {
  if (typeof params.earnsUnits !== "boolean") return () => true;
  return (line) => line.allowedUnits > 0 === params.earnsUnits;
}

export const unitsAboveAllowed: FactDefinition = {
  description:
    "Claim lines (one per code and modifier set) whose units sent are more than their minutes (or unit basis) allow. Where leftover minutes tie, the units sent choose among the allocations the CMS method allows, so a valid choice is never above what is allowed.",
  stage: "billing",
  params: paramsSchema({
    earnsUnits: flag(
      "true: only lines that earn at least one unit; false: only lines that earn none (they should leave the claim)",
    ),
  }),
  itemFields: lineFields,
  example: { params: { earnsUnits: true } },
  compute: (context, params) => {
    const earns = earnsUnitsFilter(params);
    return checkedLines(context)
      .filter((line) => line.submittedUnits !== undefined && line.submittedUnits > line.allowedUnits && earns(line))
      .map((line) => lineItem(context, line));
  },
};

export const unitsBelowAllowed: FactDefinition = {
  description: "Claim lines whose units sent are fewer than their minutes allow.",
  stage: "billing",
  itemFields: lineFields,
  example: {},
  compute: (context) =>
    checkedLines(context)
      .filter((line) => line.submittedUnits !== undefined && line.submittedUnits < line.allowedUnits)
      .map((line) => lineItem(context, line)),
};

export const timedServicesBelowMinimum: FactDefinition = {
  description:
    "Timed claim lines sent without units that earn nothing because there are too few minutes: under the CMS method, when the day's total timed minutes are under the first band (8); under the AMA method, a code under 8 minutes for the day.",
  stage: "billing",
  itemFields: [...lineFields, "totalMinutes", "minimumMinutes", "unitMethod"],
  example: {},
  canMatch: timedCodes,
  compute(context) {
    const computed = context.billing();
    const minimumMinutes = minimumBillableMinutes(context.tables.timeUnits.fifteenMinute);
    const belowMinimum =
      computed.unitMethod === "cms"
        ? () => computed.totalTimedMinutes < minimumMinutes
        : (line: ClaimLine) => (line.minutes ?? 0) < minimumMinutes;
    return checkedLines(context)
      .filter((line) => line.basis === "timed" && withoutUnitsSent(line) && belowMinimum(line))
      .map((line) =>
        lineItem(context, line, {
          totalMinutes: computed.totalTimedMinutes,
          minimumMinutes,
          unitMethod: computed.unitMethod,
        }),
      );
  },
};

export const cmsServicesWithoutUnit: FactDefinition = {
  description:
    "CMS method: timed claim lines sent without units that earn no unit although the day's total earns units, because the units allowed went to codes with more minutes.",
  stage: "billing",
  itemFields: [...lineFields, "totalMinutes", "totalUnits", "totalUnitsText"],
  example: {},
  canMatch: timedCodes,
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    if (!allocation || allocation.allowedUnits === 0) return [];
    // A line that lost a tie is explained by cmsAllocationTies: one finding for one cause.
    const tieLosers = new Set(allocation.ties.flatMap((tie) => tie.losers.map((loser) => loser.service)));
    return checkedLines(context)
      .filter(
        (line) =>
          line.basis === "timed" &&
          line.allowedUnits === 0 &&
          withoutUnitsSent(line) &&
          !tieLosers.has(line.services[0]!),
      )
      .map((line) =>
        lineItem(context, line, {
          totalMinutes: allocation.totalMinutes,
          totalUnits: allocation.allowedUnits,
          totalUnitsText: unitsText(allocation.allowedUnits),
        }),
      );
  },
};

export const hourlyServicesBelowMinimum: FactDefinition = {
  description: "Hourly claim lines (95180) sent without units whose minutes are too few for a unit.",
  stage: "billing",
  itemFields: [...lineFields, "partialHourMinimumMinutes"],
  example: {},
  canMatch: (_params, tables) => ({ codes: catalogCodes(tables, (entry) => entry.unitBasis === "hourly") }),
  compute: (context) =>
    checkedLines(context)
      .filter((line) => line.basis === "hourly" && line.allowedUnits === 0 && withoutUnitsSent(line))
      .map((line) =>
        lineItem(context, line, {
          partialHourMinimumMinutes: context.tables.timeUnits.hourly.partialHourMinimumMinutes,
        }),
      ),
};

/** How an allocation entry is named in a message: its code, and its service where the code is on several lines. */
function labeller(entries: readonly TimedService[]): (entry: TimedService) => string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.code, (counts.get(entry.code) ?? 0) + 1);
  return (entry) => ((counts.get(entry.code) ?? 0) > 1 ? `${entry.code} (service ${entry.service})` : entry.code);
}

function servicesOfEntry(context: EvaluationContext, entry: TimedService): number[] {
  return context.billing().lineOfService[entry.service]?.services ?? [entry.service];
}

export const cmsLeftoverUnits: FactDefinition = {
  description:
    "CMS method: claim lines that were given a unit for their leftover minutes (minutes past their full 15-minute units) ahead of other lines' smaller leftovers.",
  stage: "billing",
  itemFields: [
    "service",
    "code",
    "minutes",
    "fullUnits",
    "leftoverMinutes",
    "units",
    "unitsText",
    "unitsReason",
    "outranked",
    "totalMinutes",
    "totalUnits",
    "totalUnitsText",
    "services",
    "codes",
  ],
  example: {},
  canMatch: timedCodes,
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    if (!allocation) return [];
    const losers = allocation.services.filter((entry) => entry.leftoverMinutes > 0 && entry.leftoverUnits === 0);
    if (losers.length === 0) return [];
    const label = labeller(allocation.services);
    // Equal leftovers are a tie, which cmsAllocationTies explains; only strictly smaller ones are outranked.
    return allocation.services
      .filter(
        (entry) => entry.leftoverUnits === 1 && losers.some((loser) => loser.leftoverMinutes < entry.leftoverMinutes),
      )
      .map((entry) => ({
        service: entry.service,
        code: entry.code,
        minutes: entry.minutes,
        fullUnits: entry.fullUnits,
        leftoverMinutes: entry.leftoverMinutes,
        units: entry.units,
        unitsText: unitsText(entry.units),
        unitsReason: unitsReason(entry),
        outranked: shortList(
          losers
            .filter((loser) => loser.leftoverMinutes < entry.leftoverMinutes)
            .map((loser) => `${label(loser)} (${loser.leftoverMinutes} min)`),
        ),
        totalMinutes: allocation.totalMinutes,
        totalUnits: allocation.allowedUnits,
        totalUnitsText: unitsText(allocation.allowedUnits),
        services: servicesOfEntry(context, entry),
        codes: [entry.code],
      }));
  },
};

function unitsReason(entry: ServiceAllocation): string {
  const leftover = `its ${entry.leftoverMinutes} remaining minutes`;
  if (entry.fullUnits === 0) return `one for ${leftover.replace("remaining ", "")}`;
  return `${unitsText(entry.fullUnits)} for its full 15-minute periods and one more for ${leftover}`;
}

export const cmsAllocationTies: FactDefinition = {
  description:
    "CMS method: claim lines whose leftover minutes tied for the last unit(s). The clinician may choose: the units sent choose when they are an allocation the method allows, else ClaimLint gives the unit to the earlier line (`tieBreak` says which).",
  stage: "billing",
  itemFields: ["leftoverMinutes", "tied", "lastUnits", "winners", "losers", "tieBreak", "services", "codes"],
  example: {},
  canMatch: timedCodes,
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    if (!allocation) return [];
    const label = labeller(allocation.services);
    return allocation.ties.map((tie) => {
      const all = [...tie.winners, ...tie.losers].sort((a, b) => a.service - b.service);
      return {
        leftoverMinutes: tie.leftoverMinutes,
        tied: shortList(all.map(label)),
        lastUnits: tie.winners.length === 1 ? "the day's last unit" : `the day's last ${tie.winners.length} units`,
        winners: shortList(tie.winners.map(label)),
        losers: shortList(tie.losers.map(label)),
        tieBreak: tie.chosenBySubmission ? "as the units sent chose" : "the earlier line",
        services: all.flatMap((entry) => servicesOfEntry(context, entry)).sort((a, b) => a - b),
        codes: [...new Set(all.map((entry) => entry.code))],
      };
    });
  },
};
