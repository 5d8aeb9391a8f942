// Minutes → units by the release's band table (CMS Pub 100-04 Ch.5 §20.2); past the
// last band every further `unitMinutes` adds a unit, as the manual's pattern continues.
import type { TimeUnits } from "../generated/types/rules/time-units.ts";

export type FifteenMinuteBands = TimeUnits["fifteenMinute"];

export function unitsForMinutes(minutes: number, table: FifteenMinuteBands): number {
  const { bands, unitMinutes } = table;
  const first = bands[0]!;
  if (minutes < first.fromMinutes) return 0;
  const band = bands.find((candidate) => minutes >= candidate.fromMinutes && minutes <= candidate.toMinutes);
  if (band) return band.units;
  const last = bands[bands.length - 1]!;
  return last.units + Math.ceil((minutes - last.toMinutes) / unitMinutes);
}

/** The fewest minutes that earn a unit (8 under the CMS table). */
export function minimumBillableMinutes(table: FifteenMinuteBands): number {
  return table.bands[0]!.fromMinutes;
}
