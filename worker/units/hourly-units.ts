// Codes reported in hours (95180 rapid desensitization: "the number of hours … must be
// reported in the unit field"): whole hours, plus one for a remainder past the midpoint.
import type { TimeUnits } from "../generated/types/rules/time-units.ts";

export function hourlyUnits(minutes: number, convention: TimeUnits["hourly"]): number {
  const wholeHours = Math.floor(minutes / 60);
  const remainder = minutes - wholeHours * 60;
  return wholeHours + (remainder >= convention.partialHourMinimumMinutes ? 1 : 0);
}
