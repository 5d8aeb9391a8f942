// The shipped MUE table is empty (no value could be sourced), so the mechanism is proven on a
// test-built release whose MUE rows are made up and marked as test fixtures.
import { describe, expect, it } from "vitest";
import type { MueEdit } from "../../../worker/rules/bundled-release.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { evaluateEncounter } from "../../../worker/validation/evaluate-encounter.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { contextFor, factItemsFor, releaseWithMueEdits, shippedRelease } from "../../helpers/test-release.ts";

const fixtureRow = (
  code: string,
  maxUnits: number,
  adjudicationIndicator: MueEdit["adjudicationIndicator"],
  fields: Partial<MueEdit> = {},
): MueEdit => ({
  code,
  maxUnits,
  adjudicationIndicator,
  effectiveDate: "2020-01-01",
  rationale: "Test rationale",
  source: "TEST FIXTURE: a made-up value, not CMS's",
  ...fields,
});

const excesses = (
  edits: MueEdit[],
  services: Parameters<typeof encounterWith>[0],
  params: Record<string, unknown> = {},
  dateOfService = "2026-11-02",
) =>
  factItemsFor(
    "unitsAboveMedicallyUnlikelyEdit",
    contextFor(encounterWith(services, { dateOfService }), releaseWithMueEdits(edits)),
    params,
  );

describe("unitsAboveMedicallyUnlikelyEdit", () => {
  it("finds nothing with the shipped table, which holds no values", () => {
    expect(shippedRelease.tables.mue.edits).toEqual([]);
    expect(factItemsFor("unitsAboveMedicallyUnlikelyEdit", contextFor(encounterWith([timed("97110", 120)])))).toEqual(
      [],
    );
  });

  it("compares each line with a line edit (indicator 1): lines of one code with different modifier sets", () => {
    const rows = [fixtureRow("97110", 2, 1)];
    expect(excesses(rows, [timed("97110", 38), timed("97110", 30, { modifiers: ["GP", "XS"] })])).toEqual([
      {
        code: "97110",
        units: 3,
        maxUnits: 2,
        adjudicationIndicator: 1,
        rationale: "Test rationale",
        services: [0],
        codes: ["97110"],
        source: "TEST FIXTURE: a made-up value, not CMS's",
      },
    ]);
  });

  it("compares a code sent on two lines with one modifier set as one line of the day's minutes", () => {
    expect(excesses([fixtureRow("97110", 4, 1)], [timed("97110", 38), timed("97110", 30)])).toEqual([
      expect.objectContaining({ code: "97110", units: 5, maxUnits: 4, services: [0, 1] }),
    ]);
  });

  it("sums the day's lines of the code for a date-of-service edit (indicators 2 and 3)", () => {
    for (const indicator of [2, 3] as const) {
      expect(
        excesses(
          [fixtureRow("97110", 4, indicator)],
          [timed("97110", 38), timed("97110", 30, { modifiers: ["GP", "XS"] })],
        ),
      ).toEqual([
        expect.objectContaining({
          code: "97110",
          units: 5,
          maxUnits: 4,
          adjudicationIndicator: indicator,
          services: [0, 1],
        }),
      ]);
    }
  });

  it("allows units up to the limit", () => {
    expect(excesses([fixtureRow("97110", 5, 3)], [timed("97110", 38), timed("97110", 30)])).toEqual([]);
  });

  it("filters by adjudication indicator", () => {
    const rows = [fixtureRow("97110", 1, 1), fixtureRow("97140", 1, 3)];
    const services = [timed("97110", 30), timed("97140", 30)];
    expect(excesses(rows, services, { adjudicationIndicator: 1 }).map((item) => item.code)).toEqual(["97110"]);
    expect(excesses(rows, services, { adjudicationIndicator: 3 }).map((item) => item.code)).toEqual(["97140"]);
  });

  it("applies a row only between its effective and deletion dates", () => {
    const rows = [fixtureRow("97110", 1, 1, { effectiveDate: "2025-01-01", deletionDate: "2026-01-01" })];
    expect(excesses(rows, [timed("97110", 30)], {}, "2024-12-31")).toEqual([]);
    expect(excesses(rows, [timed("97110", 30)], {}, "2025-06-30")).toHaveLength(1);
    expect(excesses(rows, [timed("97110", 30)], {}, "2026-01-01")).toEqual([]);
  });
});

describe("MUE rules on a test-built release", () => {
  it("fail the encounter with the rule of the row's indicator, citing the row's source", async () => {
    const ruleset = compileRuleset(releaseWithMueEdits([fixtureRow("97110", 2, 2)]));
    const result = await evaluateEncounter(encounterWith([timed("97110", 53)]), ruleset);
    expect(result.status).toBe("fail");
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: "mue.day-policy-exceeded",
        severity: "error",
        services: [0],
        codes: ["97110"],
        source: "TEST FIXTURE: a made-up value, not CMS's",
        message: expect.stringContaining(
          "4 units on this date of service (services 0), above its Medically Unlikely Edit of 2 per day",
        ),
      }),
    ]);
  });

  it("reports a line edit with the line edit rule", async () => {
    const ruleset = compileRuleset(releaseWithMueEdits([fixtureRow("97110", 2, 1)]));
    const result = await evaluateEncounter(encounterWith([timed("97110", 53)]), ruleset);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["mue.line-exceeded"]);
  });

  it("count the units to bill, not a line a pair edit took off the claim", async () => {
    // 97124 with 97140 is an indicator-0 pair in the shipped table: 97140 leaves the claim.
    const ruleset = compileRuleset(releaseWithMueEdits([fixtureRow("97140", 1, 1)]));
    const result = await evaluateEncounter(encounterWith([timed("97124", 15), timed("97140", 30)]), ruleset);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["ncci.ptp.never-together"]);
  });
});
