// Facts about units, read from the billing computation. They are `billing`-stage facts:
// units are computed only after the coding rules have taken lines off the claim.
import type { EvaluationContext } from "../evaluation-context.ts";
import type { ServiceUnits } from "../../units/compute-billing.ts";
import { minimumBillableMinutes } from "../../units/fifteen-minute-bands.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";

const serviceFields = ["service", "code", "minutes", "submittedUnits", "allowedUnits", "services", "codes"];

function item(row: ServiceUnits, extra: Record<string, unknown> = {}): FindingItem {
  return {
    service: row.service,
    code: row.code,
    minutes: row.minutes,
    submittedUnits: row.submittedUnits,
    allowedUnits: row.allowedUnits,
    services: [row.service],
    codes: [row.code],
    ...extra,
  };
}

function checkedRows(context: EvaluationContext): ServiceUnits[] {
  return context.billing().services.filter((row) => !row.omitted && !row.missingMinutes);
}

export const billing: FactDefinition = {
  description: "The billing summary: `unitMethod`, `totalTimedMinutes`, `totalTimedUnits` and `lines` (as in the answer).",
  stage: "billing",
  example: { path: "totalTimedUnits", operator: "greaterThan", value: 8 },
  compute(context) {
    const { unitMethod, totalTimedMinutes, totalTimedUnits, lines } = context.billing();
    return { unitMethod, totalTimedMinutes, totalTimedUnits, lines };
  },
};

export const unitsAboveAllowed: FactDefinition = {
  description: "Services whose submitted units are more than their minutes (or unit basis) allow.",
  stage: "billing",
  itemFields: serviceFields,
  example: {},
  compute: (context) =>
    checkedRows(context)
      .filter((row) => row.submittedUnits !== undefined && row.submittedUnits > row.allowedUnits)
      .map((row) => item(row)),
};

export const unitsBelowAllowed: FactDefinition = {
  description: "Services whose submitted units are fewer than their minutes allow.",
  stage: "billing",
  itemFields: serviceFields,
  example: {},
  compute: (context) =>
    checkedRows(context)
      .filter((row) => row.submittedUnits !== undefined && row.submittedUnits < row.allowedUnits)
      .map((row) => item(row)),
};

export const timedServicesBelowMinimum: FactDefinition = {
  description:
    "Timed services that earn nothing because there are too few minutes: under the CMS method, when the day's total timed minutes are under the first band (8); under the AMA method, each code under 8 minutes.",
  stage: "billing",
  itemFields: [...serviceFields, "totalMinutes", "minimumMinutes", "unitMethod"],
  example: {},
  compute(context) {
    const computed = context.billing();
    const minimumMinutes = minimumBillableMinutes(context.tables.timeUnits.fifteenMinute);
    const belowMinimum =
      computed.unitMethod === "cms"
        ? (row: ServiceUnits) => computed.totalTimedMinutes < minimumMinutes
        : (row: ServiceUnits) => (row.minutes ?? 0) < minimumMinutes;
    return checkedRows(context)
      .filter((row) => row.basis === "timed" && belowMinimum(row))
      .map((row) => item(row, { totalMinutes: computed.totalTimedMinutes, minimumMinutes, unitMethod: computed.unitMethod }));
  },
};

export const cmsServicesWithoutUnit: FactDefinition = {
  description:
    "CMS method: timed services that earn no unit although the day's total earns units, because the units allowed went to codes with more minutes.",
  stage: "billing",
  itemFields: [...serviceFields, "totalMinutes", "totalUnits"],
  example: {},
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    if (!allocation || allocation.allowedUnits === 0) return [];
    return checkedRows(context)
      .filter((row) => row.basis === "timed" && row.allowedUnits === 0)
      .map((row) => item(row, { totalMinutes: allocation.totalMinutes, totalUnits: allocation.allowedUnits }));
  },
};

export const hourlyServicesBelowMinimum: FactDefinition = {
  description: "Hourly services (95180) with too few minutes for a unit.",
  stage: "billing",
  itemFields: [...serviceFields, "partialHourMinimumMinutes"],
  example: {},
  compute: (context) =>
    checkedRows(context)
      .filter((row) => row.basis === "hourly" && row.allowedUnits === 0)
      .map((row) => item(row, { partialHourMinimumMinutes: context.tables.timeUnits.hourly.partialHourMinimumMinutes })),
};

export const cmsLeftoverUnits: FactDefinition = {
  description:
    "CMS method: services that were given a unit for their leftover minutes (minutes past their full 15-minute units) ahead of other services' smaller leftovers.",
  stage: "billing",
  itemFields: ["service", "code", "minutes", "fullUnits", "leftoverMinutes", "units", "outranked", "totalMinutes", "totalUnits", "services", "codes"],
  example: {},
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    if (!allocation) return [];
    const losers = allocation.services.filter((entry) => entry.leftoverMinutes > 0 && entry.leftoverUnits === 0);
    if (losers.length === 0) return [];
    // Equal leftovers are a tie, which cmsAllocationTies explains; only strictly smaller ones are outranked.
    return allocation.services
      .filter((entry) => entry.leftoverUnits === 1 && losers.some((loser) => loser.leftoverMinutes < entry.leftoverMinutes))
      .map((entry) => ({
        service: entry.service,
        code: entry.code,
        minutes: entry.minutes,
        fullUnits: entry.fullUnits,
        leftoverMinutes: entry.leftoverMinutes,
        units: entry.units,
        outranked: losers
          .filter((loser) => loser.leftoverMinutes < entry.leftoverMinutes)
          .map((loser) => `${loser.code} (${loser.leftoverMinutes} min)`)
          .join(", "),
        totalMinutes: allocation.totalMinutes,
        totalUnits: allocation.allowedUnits,
        services: [entry.service],
        codes: [entry.code],
      }));
  },
};

export const cmsAllocationTies: FactDefinition = {
  description:
    "CMS method: services whose leftover minutes tied for the last unit(s). The clinician may choose; ClaimLint gives the unit to the earlier line.",
  stage: "billing",
  itemFields: ["leftoverMinutes", "winners", "losers", "services", "codes"],
  example: {},
  compute(context) {
    const allocation = context.billing().cmsAllocation;
    return (allocation?.ties ?? []).map((tie) => {
      const all = [...tie.winners, ...tie.losers];
      return {
        leftoverMinutes: tie.leftoverMinutes,
        winners: tie.winners.map((entry) => entry.code).join(", "),
        losers: tie.losers.map((entry) => entry.code).join(", "),
        services: all.map((entry) => entry.service),
        codes: all.map((entry) => entry.code),
      };
    });
  },
};
