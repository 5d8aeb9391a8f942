import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { computeBilling, type BillingInput } from "../../worker/units/compute-billing.ts";
import { timed } from "../helpers/encounters.ts";

const tables = compileTables(bundledReleases[bundledReleases.length - 1]!);
const billing = (services: BillingInput["services"], overrides: Partial<BillingInput> = {}) =>
  computeBilling({ services, unitMethod: "cms", catalog: tables.catalogByCode, timeUnits: tables.timeUnits, omittedServices: new Set(), ...overrides });

describe("computeBilling", () => {
  it("counts only timed codes toward the day's timed minutes", () => {
    const result = billing([{ code: "97012", minutes: 30 }, timed("97110", 20)]);
    expect(result).toMatchObject({ totalTimedMinutes: 20, totalTimedUnits: 1 });
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([["97012", 1], ["97110", 1]]);
  });

  it("leaves omitted services off the claim and out of the timed minutes", () => {
    const result = billing([timed("97124", 20), timed("97140", 20)], { omittedServices: new Set([1]) });
    expect(result.totalTimedMinutes).toBe(20);
    expect(result.lines.map((line) => line.code)).toEqual(["97124"]);
    expect(result.services[1]).toMatchObject({ omitted: true, allowedUnits: 0 });
  });

  it("marks a timed code without minutes and bills nothing for it", () => {
    const result = billing([{ code: "97110", units: 2 }]);
    expect(result.services[0]).toMatchObject({ missingMinutes: true, allowedUnits: 0 });
    expect(result.lines).toEqual([]);
  });

  it("bills unlisted and unknown codes with the units sent, or one", () => {
    const result = billing([{ code: "97139", units: 2, description: "cupping" }, { code: "99213" }]);
    expect(result.lines.map((line) => [line.code, line.units])).toEqual([["97139", 2], ["99213", 1]]);
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
