import { describe, expect, it } from "vitest";
import { minimumBillableMinutes, unitsForMinutes } from "../../worker/units/fifteen-minute-bands.ts";
import { shippedBands } from "../helpers/time-units.ts";

describe("unitsForMinutes", () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [22, 1],
    [23, 2],
    [37, 2],
    [38, 3],
    [52, 3],
    [53, 4],
    [67, 4],
    [68, 5],
    [82, 5],
    [83, 6],
    [97, 6],
    [98, 7],
    [112, 7],
    [113, 8],
    [127, 8],
    [128, 9],
    [142, 9],
    [143, 10],
  ])("gives %i minutes %i units by the CMS band table", (minutes, units) => {
    expect(unitsForMinutes(minutes, shippedBands)).toBe(units);
  });

  it("continues the pattern past the table as floor((minutes + 7) / 15)", () => {
    for (let minutes = 8; minutes <= 600; minutes += 1) {
      expect(unitsForMinutes(minutes, shippedBands)).toBe(Math.floor((minutes + 7) / 15));
    }
  });

  it("reads the minimum billable minutes from the first band", () => {
    expect(minimumBillableMinutes(shippedBands)).toBe(8);
  });

  it("follows a different table when the release changes it", () => {
    const table = { unitMinutes: 10, bands: [{ units: 1, fromMinutes: 5, toMinutes: 14 }], source: "test table" };
    expect(unitsForMinutes(4, table)).toBe(0);
    expect(unitsForMinutes(14, table)).toBe(1);
    expect(unitsForMinutes(15, table)).toBe(2);
  });
});
