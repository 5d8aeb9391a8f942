import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { computeBilling, type BillingInput } from "../../worker/units/compute-billing.ts";
import { timed } from "../helpers/encounters.ts";

const tables = compileTables(bundledReleases[bundledReleases.length - 1]!);
const billing = (services: BillingInput["services"], overrides: Partial<BillingInput> = {}) =>
  computeBilling({
    services,
    unitMethod: "cms",
    catalog: tables.catalogByCode,
    timeUnits: tables.timeUnits,
    omittedServices: new Set(),
    ...overrides,
  });

describe("computeBilling", () => {
  it("counts only timed codes toward the day's timed minutes", () => {
    const result = billing([{ code: "97012", minutes: 30 }, timed("97110", 20)]);
    expect(result).toMatchObject({ totalTimedMinutes: 20, totalTimedUnits: 1 });
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([
      ["97012", 1],
      ["97110", 1],
    ]);
  });

  it("leaves omitted services off the claim and out of the timed minutes", () => {
    const result = billing([timed("97124", 20), timed("97140", 20)], { omittedServices: new Set([1]) });
    expect(result.totalTimedMinutes).toBe(20);
    expect(result.lines.map((line) => line.code)).toEqual(["97124"]);
    expect(result.lineOfService[1]).toBeUndefined();
  });

  it("bills a timed code sent without minutes with the units sent, outside the day's timed minutes", () => {
    const result = billing([{ code: "97110", units: 2 }, timed("97140", 10)]);
    expect(result.claimLines[0]).toMatchObject({ missingMinutes: true, allowedUnits: 2 });
    expect(result.totalTimedMinutes).toBe(10);
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([
      ["97110", 2],
      ["97140", 1],
    ]);
  });

  it("bands one code on two lines on the day's total: 8 + 8 minutes of 97110 are one line of 1 unit", () => {
    const result = billing([timed("97110", 8), timed("97110", 8)], { unitMethod: "ama" });
    expect(result.lines).toEqual([{ service: 0, services: [0, 1], code: "97110", units: 1, modifiers: ["GP"] }]);
  });

  it("bands 7 + 7 minutes of one code as 14 under the per-code method, and 22 + 22 as 44", () => {
    expect(
      billing([timed("97110", 7), timed("97110", 7)], { unitMethod: "ama" }).lines.map((line) => line.units),
    ).toEqual([1]);
    expect(
      billing([timed("97110", 22), timed("97110", 22)], { unitMethod: "ama" }).lines.map((line) => line.units),
    ).toEqual([3]);
  });

  it("keeps lines of one code with different modifier sets apart, and the order of modifiers does not matter", () => {
    const apart = billing([timed("97110", 10), timed("97110", 10, { modifiers: ["GP", "59"] })], { unitMethod: "ama" });
    expect(apart.lines.map((line) => line.services)).toEqual([[0], [1]]);
    const together = billing(
      [timed("97110", 10, { modifiers: ["GP", "KX"] }), timed("97110", 10, { modifiers: ["KX", "GP"] })],
      { unitMethod: "ama" },
    );
    expect(together.lines.map((line) => line.services)).toEqual([[0, 1]]);
  });

  it("bills an untimed code once a day however many lines carry it", () => {
    expect(
      billing([
        { code: "97012", modifiers: ["GP"] },
        { code: "97012", modifiers: ["GP"] },
      ]).lines,
    ).toEqual([{ service: 0, services: [0, 1], code: "97012", units: 1, modifiers: ["GP"] }]);
  });

  it("bills unlisted and unknown codes with the units sent, or one", () => {
    const result = billing([{ code: "97139", units: 2, description: "cupping" }, { code: "99213" }]);
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([
      ["97139", 2],
      ["99213", 1],
    ]);
  });

  it("keeps each line's modifiers as sent", () => {
    expect(billing([timed("97110", 15, { modifiers: ["GP", "KX"] })]).lines[0]!.modifiers).toEqual(["GP", "KX"]);
  });

  it("uses the per-code method when asked", () => {
    const result = billing([timed("97110", 33), timed("97140", 7)], { unitMethod: "ama" });
    expect(result.cmsAllocation).toBeUndefined();
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([["97110", 2]]);
  });
});
