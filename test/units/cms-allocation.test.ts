import { describe, expect, it } from "vitest";
import { allocateCmsUnits, type TimedService } from "../../worker/units/cms-allocation.ts";
import { shippedBands } from "../helpers/time-units.ts";

const services = (...entries: [string, number][]): TimedService[] =>
  entries.map(([code, minutes], service) => ({ service, code, minutes }));
const unitsOf = (timed: TimedService[]) => allocateCmsUnits(timed, shippedBands).services.map((entry) => entry.units);

describe("allocateCmsUnits (CMS Pub 100-04 Ch.5 §20.2)", () => {
  it("bills example 1 (97112 24 + 97110 23) as 2 and 1", () => {
    expect(unitsOf(services(["97112", 24], ["97110", 23]))).toEqual([2, 1]);
  });

  it("bills example 2 (20 + 20) as 2 and 1, never 3 on one code, and reports the tie", () => {
    const allocation = allocateCmsUnits(services(["97112", 20], ["97110", 20]), shippedBands);
    expect(allocation.services.map((entry) => entry.units)).toEqual([2, 1]);
    expect(allocation.ties).toEqual([
      {
        leftoverMinutes: 5,
        winners: [{ service: 0, code: "97112", minutes: 20 }],
        losers: [{ service: 1, code: "97110", minutes: 20 }],
        chosenBySubmission: false,
      },
    ]);
  });

  it("lets the units sent choose among tied leftovers (examples 2 and 5: either code may take the unit)", () => {
    const allocation = allocateCmsUnits(
      [
        { service: 0, code: "97112", minutes: 20, submittedUnits: 1 },
        { service: 1, code: "97110", minutes: 20, submittedUnits: 2 },
      ],
      shippedBands,
    );
    expect(allocation.services.map((entry) => entry.units)).toEqual([1, 2]);
    expect(allocation.ties[0]).toMatchObject({ winners: [{ code: "97110" }], chosenBySubmission: true });
  });

  it("ignores units sent that ask for a leftover unit the minutes do not earn", () => {
    const allocation = allocateCmsUnits(
      [
        { service: 0, code: "97110", minutes: 33, submittedUnits: 2 },
        { service: 1, code: "97140", minutes: 2, submittedUnits: 1 },
      ],
      shippedBands,
    );
    expect(allocation.services.map((entry) => entry.units)).toEqual([2, 0]);
  });

  it("bills example 3 (97110 33 + 97140 7) as 2 and 1: 7 leftover minutes beat 3", () => {
    expect(unitsOf(services(["97110", 33], ["97140", 7]))).toEqual([2, 1]);
  });

  it("bills example 4 (18, 13, 10, 8 = 49) as 1, 1, 1 and 0", () => {
    const allocation = allocateCmsUnits(
      services(["97110", 18], ["97140", 13], ["97116", 10], ["97035", 8]),
      shippedBands,
    );
    expect(allocation.allowedUnits).toBe(3);
    expect(allocation.services.map((entry) => entry.units)).toEqual([1, 1, 1, 0]);
  });

  it("bills example 5 (7 + 7 + 7 = 21) as a single unit on the first line", () => {
    const allocation = allocateCmsUnits(services(["97112", 7], ["97110", 7], ["97140", 7]), shippedBands);
    expect(allocation.services.map((entry) => entry.units)).toEqual([1, 0, 0]);
    expect(allocation.ties[0]!.losers.map((entry) => entry.code)).toEqual(["97110", "97140"]);
  });

  it("gives nothing to a single service under 8 minutes", () => {
    expect(allocateCmsUnits(services(["97110", 7]), shippedBands)).toMatchObject({ totalMinutes: 7, allowedUnits: 0 });
  });

  it("never gives fewer than the full 15-minute units a code earned", () => {
    expect(unitsOf(services(["97110", 30], ["97140", 30], ["97112", 14]))).toEqual([2, 2, 1]);
  });

  it("gives the extra unit to the later line when its leftover is larger", () => {
    expect(unitsOf(services(["97110", 16], ["97140", 22]))).toEqual([1, 2]);
    expect(unitsOf(services(["97110", 22], ["97140", 16]))).toEqual([2, 1]);
  });

  it("answers zero units for no timed services", () => {
    expect(allocateCmsUnits([], shippedBands)).toEqual({ totalMinutes: 0, allowedUnits: 0, services: [], ties: [] });
  });
});
