// Turns an encounter's services into the lines to bill. A code's minutes are its total for the
// day (CMS Pub 100-04 Ch.5 §20.2), so the services of one code and one modifier set become one
// claim line with their minutes summed; its units follow the code's unit basis and the payer's
// unit method. Lines a coding rule took off the claim count for nothing, their minutes included.
import type { CatalogCode } from "../rules/bundled-release.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { TimeUnits } from "../generated/types/rules/time-units.ts";
import type { BillingLine } from "../generated/types/validation-result.ts";
import { perCodeUnits } from "./ama-units.ts";
import { allocateCmsUnits, type CmsAllocation, type TimedService } from "./cms-allocation.ts";
import { hourlyUnits } from "./hourly-units.ts";

export type UnitMethod = "cms" | "ama";
export type UnitBasis = CatalogCode["unitBasis"] | "unknown";

/** One line of the claim: the services of one code and modifier set on the day. */
export interface ClaimLine {
  /** The encounter's services this line bills, in line order. */
  services: number[];
  code: string;
  /** The modifiers, as sent on the first of the services. */
  modifiers: string[];
  basis: UnitBasis;
  /** The services' minutes added up; undefined when none were sent. */
  minutes: number | undefined;
  /** The services' units as sent, added up; undefined when none were sent. */
  submittedUnits: number | undefined;
  /** What the minutes (or the code's basis) allow; 0 when nothing is billable. */
  allowedUnits: number;
  /** A timed or hourly code sent without minutes: the units sent stand, unchecked. */
  missingMinutes: boolean;
}

export interface BillingComputation {
  unitMethod: UnitMethod;
  totalTimedMinutes: number;
  totalTimedUnits: number;
  /** Every claim line, including those that earn no units. */
  claimLines: ClaimLine[];
  /** By service index: the claim line billing it, or undefined when a coding rule took it off the claim. */
  lineOfService: (ClaimLine | undefined)[];
  /** Services on a line that bills at least one unit. */
  billedServices: ReadonlySet<number>;
  /** The CMS allocation, when that method applied (its entries are named by their line's first service). */
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
  const { services, unitMethod, timeUnits } = input;
  const claimLines = groupClaimLines(input);
  const lineOfService: (ClaimLine | undefined)[] = services.map(() => undefined);
  const timed: TimedService[] = [];
  const timedLines = new Map<number, ClaimLine>();
  let totalTimedMinutes = 0;
  for (const line of claimLines) {
    for (const service of line.services) lineOfService[service] = line;
    if (line.basis === "timed" && line.minutes !== undefined) {
      timed.push({
        service: line.services[0]!,
        code: line.code,
        minutes: line.minutes,
        submittedUnits: line.submittedUnits,
      });
      timedLines.set(line.services[0]!, line);
      totalTimedMinutes += line.minutes;
    }
  }

  const cmsAllocation = unitMethod === "cms" ? allocateCmsUnits(timed, timeUnits.fifteenMinute) : undefined;
  let totalTimedUnits = 0;
  for (const { service, units } of cmsAllocation?.services ?? perCodeUnits(timed, timeUnits.fifteenMinute)) {
    timedLines.get(service)!.allowedUnits = units;
    totalTimedUnits += units;
  }
  const lines: BillingLine[] = [];
  const billedServices = new Set<number>();
  for (const line of claimLines) {
    line.allowedUnits = allowedUnits(line, timeUnits);
    if (line.allowedUnits === 0) continue;
    for (const service of line.services) billedServices.add(service);
    lines.push({
      service: line.services[0]!,
      services: line.services,
      code: line.code,
      units: line.allowedUnits,
      modifiers: [...line.modifiers],
    });
  }
  return {
    unitMethod,
    totalTimedMinutes,
    totalTimedUnits,
    claimLines,
    lineOfService,
    billedServices,
    cmsAllocation,
    lines,
  };
}

function allowedUnits(line: ClaimLine, timeUnits: TimeUnits): number {
  // Without minutes, the units sent stand (a claim carries units, not minutes): 1 when none were sent.
  if (line.missingMinutes) return line.submittedUnits ?? 1;
  switch (line.basis) {
    case "timed":
      return line.allowedUnits;
    case "untimed":
      return 1;
    case "hourly":
      return hourlyUnits(line.minutes ?? 0, timeUnits.hourly);
    default:
      // Unlisted, reporting and unknown codes have no time rule: the units reported stand.
      return line.submittedUnits ?? 1;
  }
}

/**
 * The services left on the claim, one line per code and modifier set (in any order) for the
 * codes whose units are counted per day: timed, untimed and hourly codes with minutes. Unlisted,
 * reporting and unknown codes, and lines without minutes, stay lines of their own.
 */
function groupClaimLines({ services, catalog, omittedServices }: BillingInput): ClaimLine[] {
  const claimLines: ClaimLine[] = [];
  const byKey = new Map<string, ClaimLine>();
  for (let index = 0; index < services.length; index += 1) {
    if (omittedServices.has(index)) continue;
    const service = services[index]!;
    const basis: UnitBasis = catalog.get(service.code)?.unitBasis ?? "unknown";
    const byTime = basis === "timed" || basis === "hourly";
    const missingMinutes = byTime && service.minutes === undefined;
    const perDay = (byTime && !missingMinutes) || basis === "untimed";
    const key = perDay ? `${service.code} ${[...(service.modifiers ?? [])].sort().join(" ")}` : undefined;
    const existing = key === undefined ? undefined : byKey.get(key);
    if (existing) {
      existing.services.push(index);
      existing.minutes = addOptional(existing.minutes, service.minutes);
      existing.submittedUnits = addOptional(existing.submittedUnits, service.units);
      continue;
    }
    const line: ClaimLine = {
      services: [index],
      code: service.code,
      modifiers: [...(service.modifiers ?? [])],
      basis,
      minutes: service.minutes,
      submittedUnits: service.units,
      allowedUnits: 0,
      missingMinutes,
    };
    claimLines.push(line);
    if (key !== undefined) byKey.set(key, line);
  }
  return claimLines;
}

function addOptional(sum: number | undefined, value: number | undefined): number | undefined {
  return value === undefined ? sum : (sum ?? 0) + value;
}
