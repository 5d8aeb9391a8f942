import { describe, expect, it } from "vitest";
import { encodeCodeSet } from "../../worker/rules/code-set-encoding.ts";
import { CodeSetIndex } from "../../worker/rules/diagnosis-code-set-index.ts";

const index = new CodeSetIndex({
  fiscalYear: 2027,
  effectiveFrom: "2026-10-01",
  effectiveTo: "2027-09-30",
  source: "test codes",
  billableCodesEncoded: encodeCodeSet(["I10", "M5450", "M5451", "M5459", "M549", "S83511A", "S83511D", "S83511S"]),
});

describe("CodeSetIndex", () => {
  it("answers the dates of service of its fiscal year only", () => {
    expect(index.covers("2026-10-01")).toBe(true);
    expect(index.covers("2027-09-30")).toBe(true);
    expect(index.covers("2026-09-30")).toBe(false);
    expect(index.covers("2027-10-01")).toBe(false);
  });

  it("knows billable codes, a 3-character one included, and nothing else", () => {
    expect(index.isBillable("M5450")).toBe(true);
    expect(index.isBillable("I10")).toBe(true);
    expect(index.isBillable("M545")).toBe(false);
    expect(index.isBillable("Z9999")).toBe(false);
  });

  it("lists the billable codes below a heading, and none below a billable or unknown code", () => {
    expect(index.codesUnder("M545")).toEqual(["M5450", "M5451", "M5459"]);
    expect(index.codesUnder("M54")).toEqual(["M5450", "M5451", "M5459", "M549"]);
    expect(index.codesUnder("S83511")).toEqual(["S83511A", "S83511D", "S83511S"]);
    expect(index.codesUnder("M5450")).toEqual([]);
    expect(index.codesUnder("Q999")).toEqual([]);
  });
});
