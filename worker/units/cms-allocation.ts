// The CMS 8-minute rule (Pub 100-04 Ch.5 §20.2): the day's total timed minutes set the
// units allowed; each code first gets its full 15-minute units, then the units still allowed
// go one at a time to the codes with the most leftover minutes.
import { unitsForMinutes, type FifteenMinuteBands } from "./fifteen-minute-bands.ts";

export interface TimedService {
  service: number;
  code: string;
  minutes: number;
}

export interface ServiceAllocation extends TimedService {
  fullUnits: number;
  leftoverMinutes: number;
  /** 1 when a unit was given for the leftover minutes. */
  leftoverUnits: number;
  units: number;
}

/** Services whose leftover minutes tied for the last unit(s); `winners` got them by line order. */
export interface AllocationTie {
  leftoverMinutes: number;
  winners: TimedService[];
  losers: TimedService[];
}

export interface CmsAllocation {
  totalMinutes: number;
  allowedUnits: number;
  services: ServiceAllocation[];
  ties: AllocationTie[];
}

export function allocateCmsUnits(timed: TimedService[], table: FifteenMinuteBands): CmsAllocation {
  const totalMinutes = timed.reduce((sum, item) => sum + item.minutes, 0);
  const allowedUnits = unitsForMinutes(totalMinutes, table);
  const services = timed.map((item) => {
    const fullUnits = Math.floor(item.minutes / table.unitMinutes);
    return { ...item, fullUnits, leftoverMinutes: item.minutes - fullUnits * table.unitMinutes, leftoverUnits: 0, units: fullUnits };
  });
  let remaining = allowedUnits - services.reduce((sum, item) => sum + item.fullUnits, 0);
  // Largest leftover first; equal leftovers keep line order, which is the deterministic tie-break.
  const byLeftover = services
    .filter((item) => item.leftoverMinutes > 0)
    .sort((a, b) => b.leftoverMinutes - a.leftoverMinutes || a.service - b.service);
  const ties: AllocationTie[] = [];
  for (let index = 0; index < byLeftover.length && remaining > 0; ) {
    const leftover = byLeftover[index]!.leftoverMinutes;
    const group = byLeftover.filter((item) => item.leftoverMinutes === leftover);
    const winners = group.slice(0, remaining);
    for (const winner of winners) {
      winner.leftoverUnits = 1;
      winner.units += 1;
    }
    if (winners.length < group.length) {
      ties.push({ leftoverMinutes: leftover, winners: winners.map(summary), losers: group.slice(winners.length).map(summary) });
    }
    remaining -= winners.length;
    index += group.length;
  }
  return { totalMinutes, allowedUnits, services, ties };
}

function summary(item: ServiceAllocation): TimedService {
  return { service: item.service, code: item.code, minutes: item.minutes };
}
