// The CMS 8-minute rule (Pub 100-04 Ch.5 §20.2): the day's total timed minutes set the
// units allowed; each code first gets its full 15-minute units, then the units still allowed
// go one at a time to the codes with the most leftover minutes. Where leftovers tie, the manual
// lets the clinician choose (examples 2 and 5): the units sent make that choice when they are one
// the method allows, else the earlier line wins.
import { unitsForMinutes, type FifteenMinuteBands } from "./fifteen-minute-bands.ts";

export interface TimedService {
  service: number;
  code: string;
  minutes: number;
  /** The units the biller sent, when any: they choose among tied leftovers. */
  submittedUnits?: number | undefined;
}

export interface ServiceAllocation extends TimedService {
  fullUnits: number;
  leftoverMinutes: number;
  /** 1 when a unit was given for the leftover minutes. */
  leftoverUnits: number;
  units: number;
}

/** Services whose leftover minutes tied for the last unit(s); `winners` got them. */
export interface AllocationTie {
  leftoverMinutes: number;
  winners: TimedService[];
  losers: TimedService[];
  /** True when the units sent chose the winners, false when line order did. */
  chosenBySubmission: boolean;
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
    return {
      ...item,
      fullUnits,
      leftoverMinutes: item.minutes - fullUnits * table.unitMinutes,
      leftoverUnits: 0,
      units: fullUnits,
    };
  });
  let remaining = allowedUnits - services.reduce((sum, item) => sum + item.fullUnits, 0);
  // Largest leftover first; among equal leftovers the lines whose units sent claim the leftover
  // unit, then line order: any allocation the method allows is kept, and otherwise the answer is deterministic.
  const claims = (item: ServiceAllocation) =>
    item.submittedUnits !== undefined && item.submittedUnits > item.fullUnits ? 0 : 1;
  const byLeftover = services
    .filter((item) => item.leftoverMinutes > 0)
    .sort((a, b) => b.leftoverMinutes - a.leftoverMinutes || claims(a) - claims(b) || a.service - b.service);
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
      const chosenBySubmission = winners.some((winner) => claims(winner) === 0);
      ties.push({
        leftoverMinutes: leftover,
        winners: winners.map(summary),
        losers: group.slice(winners.length).map(summary),
        chosenBySubmission,
      });
    }
    remaining -= winners.length;
    index += group.length;
  }
  return { totalMinutes, allowedUnits, services, ties };
}

function summary(item: ServiceAllocation): TimedService {
  return { service: item.service, code: item.code, minutes: item.minutes };
}
