// Turns an encounter's services into the lines to bill: units per service by the code's
// unit basis and the payer's unit method, leaving out what earns nothing or was taken off the claim.
import type { CatalogCode } from "../rules/bundled-release.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { TimeUnits } from "../generated/types/rules/time-units.ts";
import type { BillingLine } from "../generated/types/validation-result.ts";
import { perCodeUnits } from "./ama-units.ts";
import { allocateCmsUnits, type CmsAllocation, type TimedService } from "./cms-allocation.ts";
import { hourlyUnits } from "./hourly-units.ts";

export type UnitMethod = "cms" | "ama";
export type UnitBasis = CatalogCode["unitBasis"] | "unknown";

export interface ServiceUnits {
  service: number;
  code: string;
  basis: UnitBasis;
  minutes: number | undefined;
  submittedUnits: number | undefined;
  /** What the minutes (or the code's basis) allow; 0 when nothing is billable. */
  allowedUnits: number;
  /** Taken off the claim by a coding rule (a pair edit, a bundled code). */
  omitted: boolean;
  /** A timed code sent without minutes: its units cannot be checked. */
  missingMinutes: boolean;
}

export interface BillingComputation {
  unitMethod: UnitMethod;
  totalTimedMinutes: number;
  totalTimedUnits: number;
  services: ServiceUnits[];
  /** The CMS allocation, when that method applied. */
  cmsAllocation: CmsAllocation | undefined;
  lines: BillingLine[];
}

export interface BillingInput {
  services: Encounter["services"];
  unitMethod: UnitMethod;
  catalog: ReadonlyMap<string, CatalogCode>;
  timeUnits: TimeUnits;
  omittedServices: ReadonlySet<number>;
}

export function computeBilling(input: BillingInput): BillingComputation {
  const { services, unitMethod, catalog, timeUnits, omittedServices } = input;
  // Plain loops rather than map/filter chains: this runs once per encounter (a measured hot spot).
  const rows: ServiceUnits[] = [];
  const billable: ServiceUnits[] = [];
  const timed: TimedService[] = [];
  let totalTimedMinutes = 0;
  for (let index = 0; index < services.length; index += 1) {
    const service = services[index]!;
    const basis: UnitBasis = catalog.get(service.code)?.unitBasis ?? "unknown";
    const row: ServiceUnits = {
      service: index,
      code: service.code,
      basis,
      minutes: service.minutes,
      submittedUnits: service.units,
      allowedUnits: 0,
      omitted: omittedServices.has(index),
      missingMinutes: (basis === "timed" || basis === "hourly") && service.minutes === undefined,
    };
    rows.push(row);
    if (row.omitted) continue;
    billable.push(row);
    if (basis === "timed" && service.minutes !== undefined) {
      timed.push({ service: index, code: service.code, minutes: service.minutes });
      totalTimedMinutes += service.minutes;
    }
  }

  let cmsAllocation: CmsAllocation | undefined;
  let timedUnits: { service: number; units: number }[];
  if (unitMethod === "cms") {
    cmsAllocation = allocateCmsUnits(timed, timeUnits.fifteenMinute);
    timedUnits = cmsAllocation.services;
  } else {
    timedUnits = perCodeUnits(timed, timeUnits.fifteenMinute);
  }
  let totalTimedUnits = 0;
  for (const { service, units } of timedUnits) {
    rows[service]!.allowedUnits = units;
    totalTimedUnits += units;
  }
  const lines: BillingLine[] = [];
  for (const row of billable) {
    if (row.basis === "untimed") row.allowedUnits = 1;
    if (row.basis === "hourly" && row.minutes !== undefined) row.allowedUnits = hourlyUnits(row.minutes, timeUnits.hourly);
    // Unlisted, reporting and unknown codes have no time rule: the units reported stand.
    if (row.basis === "unlisted" || row.basis === "reporting" || row.basis === "unknown") row.allowedUnits = row.submittedUnits ?? 1;
    if (row.allowedUnits > 0) lines.push({ service: row.service, code: row.code, units: row.allowedUnits, modifiers: [...(services[row.service]!.modifiers ?? [])] });
  }
  return { unitMethod, totalTimedMinutes, totalTimedUnits, services: rows, cmsAllocation, lines };
}
