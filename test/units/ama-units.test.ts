import { describe, expect, it } from "vitest";
import { perCodeUnits } from "../../worker/units/ama-units.ts";
import { shippedBands } from "../helpers/time-units.ts";

describe("perCodeUnits (the AMA per-code method)", () => {
  it("bands each code alone: 97110 33 min ×2, 97140 7 min ×0", () => {
    const units = perCodeUnits(
      [
        { service: 0, code: "97110", minutes: 33 },
        { service: 1, code: "97140", minutes: 7 },
      ],
      shippedBands,
    );
    expect(units.map((entry) => entry.units)).toEqual([2, 0]);
  });

  it("bills CMS example 4 as one unit per code, 4 in all", () => {
    const timed = [18, 13, 10, 8].map((minutes, service) => ({ service, code: `9711${service}`, minutes }));
    expect(perCodeUnits(timed, shippedBands).map((entry) => entry.units)).toEqual([1, 1, 1, 1]);
  });
});
