import { describe, expect, it } from "vitest";
import { hourlyUnits } from "../../worker/units/hourly-units.ts";
import { shippedTimeUnits } from "../helpers/time-units.ts";

describe("hourlyUnits (95180: each hour is a unit)", () => {
  it.each([
    [0, 0],
    [30, 0],
    [31, 1],
    [60, 1],
    [90, 1],
    [91, 2],
    [120, 2],
    [150, 2],
    [151, 3],
  ])("gives %i minutes %i units", (minutes, units) => {
    expect(hourlyUnits(minutes, shippedTimeUnits.hourly)).toBe(units);
  });
});
