// The AMA / per-code method many commercial payers use: each timed code is banded on
// its own, so a code under 8 minutes earns nothing whatever else was done that day.
import type { TimedService } from "./cms-allocation.ts";
import { unitsForMinutes, type FifteenMinuteBands } from "./fifteen-minute-bands.ts";

export interface PerCodeUnits extends TimedService {
  units: number;
}

export function perCodeUnits(timed: TimedService[], table: FifteenMinuteBands): PerCodeUnits[] {
  return timed.map((item) => ({ ...item, units: unitsForMinutes(item.minutes, table) }));
}
