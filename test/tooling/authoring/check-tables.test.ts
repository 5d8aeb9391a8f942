import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkTables, releaseReferences } from "../../../worker/tooling/authoring/check-tables.ts";
import { catalog, modifiers, pairEdit, pairEdits, releaseFolder, root, schema } from "./in-memory-release.ts";

function problemsOf(files: Record<string, unknown>): string[] {
  const folder = releaseFolder("2026.4.0", {
    "tables/catalog.json": catalog("97110", "97124", "97140", "97530"),
    "tables/modifiers.json": modifiers("GP", "59"),
    ...files,
  });
  return checkTables(folder, root, releaseReferences(folder)).map(formatProblem);
}

const pairsFile = "rules/releases/2026.4.0/tables/ncci-ptp-edits.json";

describe("checkTables", () => {
  it("accepts a pair whose rows follow one another: the old row's deletion date is the new row's start", () => {
    expect(
      problemsOf({
        "tables/ncci-ptp-edits.json": pairEdits(
          pairEdit("97530", "97140", "2020-01-01", { deletionDate: "2020-04-01" }),
          pairEdit("97530", "97140", "2020-04-01"),
        ),
      }),
    ).toEqual([]);
  });

  it("refuses a row repeated with overlapping dates as a duplicate", () => {
    expect(
      problemsOf({
        "tables/ncci-ptp-edits.json": pairEdits(
          pairEdit("97530", "97140", "2020-01-01"),
          pairEdit("97530", "97140", "2021-01-01", { source: "another" }),
        ),
      }),
    ).toEqual([
      `${pairsFile} /edits/1: pair edit 97530 / 97140 duplicates /edits/0: their windows overlap (from 2021-01-01 on; /edits/0 from 2020-01-01 on)`,
    ]);
  });

  it("refuses two rows for a pair in force together with different indicators as a contradiction", () => {
    const problems = problemsOf({
      "tables/ncci-ptp-edits.json": pairEdits(
        pairEdit("97124", "97140", "2026-10-01", { modifierIndicator: 0 }),
        pairEdit("97124", "97140", "2026-10-01"),
      ),
    });
    expect(problems).toEqual([
      expect.stringContaining(
        "/edits/1: pair edit 97124 / 97140 contradicts /edits/0 on the same dates: modifierIndicator 1 here, 0 there",
      ),
    ]);
  });

  it("refuses a pair listed the other way round while the first row is in force", () => {
    const problems = problemsOf({
      "tables/ncci-ptp-edits.json": pairEdits(
        pairEdit("97124", "97140", "2026-10-01"),
        pairEdit("97140", "97124", "2026-12-01"),
      ),
    });
    expect(problems).toEqual([
      expect.stringContaining(
        "/edits/1: pair edit 97140 / 97124 contradicts /edits/0, which lists the pair the other way round (97124 / 97140)",
      ),
    ]);
  });

  it("accepts a CMS row deleted on its effective date (an empty window) but refuses one that ends before it starts", () => {
    expect(
      problemsOf({
        "tables/ncci-ptp-edits.json": pairEdits(
          pairEdit("97530", "97140", "2020-01-01", { deletionDate: "2020-01-01", modifierIndicator: 9 }),
        ),
      }),
    ).toEqual([]);
    expect(
      problemsOf({
        "tables/ncci-ptp-edits.json": pairEdits(
          pairEdit("97530", "97140", "2020-02-01", { deletionDate: "2020-01-01" }),
        ),
      }),
    ).toEqual([
      `${pairsFile} /edits/0/deletionDate: pair edit 97530 / 97140 ends before it starts (effectiveDate 2020-02-01)`,
    ]);
  });

  it("refuses pair codes that are not in the catalog, naming the field", () => {
    expect(problemsOf({ "tables/ncci-ptp-edits.json": pairEdits(pairEdit("97530", "97999", "2020-01-01")) })).toEqual([
      `${pairsFile} /edits/0/column2: code 97999 is not in the release's catalog (tables/catalog.json); add it there first`,
    ]);
  });

  it("treats inclusive windows as inclusive: a modifier ending on a day overlaps a row starting that day", () => {
    const table = modifiers("GP", "59", "CH", "CH");
    (table.modifiers[2] as Record<string, unknown>).effectiveTo = "2018-12-31";
    (table.modifiers[3] as Record<string, unknown>).effectiveFrom = "2018-12-31";
    expect(problemsOf({ "tables/modifiers.json": table })).toEqual([
      expect.stringContaining("/modifiers/3: modifier CH duplicates /modifiers/2: their windows overlap"),
    ]);
    (table.modifiers[3] as Record<string, unknown>).effectiveFrom = "2019-01-01";
    expect(problemsOf({ "tables/modifiers.json": table })).toEqual([]);
  });

  it("refuses a catalog code listed twice", () => {
    expect(problemsOf({ "tables/catalog.json": catalog("97110", "97140", "97110") })).toEqual([
      "rules/releases/2026.4.0/tables/catalog.json /codes/2: code 97110 duplicates /codes/0",
    ]);
  });

  it("looks up payer profiles' bundled codes and disciplines' modifiers", () => {
    const profiles = {
      $schema: schema("payer-profiles"),
      profiles: {
        medicare: { unitMethod: "cms", therapyModifiersRequired: true, bundledCodes: ["97010"], source: "test" },
      },
    };
    const disciplines = {
      $schema: schema("disciplines"),
      disciplines: { PT: { name: "physical therapist", therapyModifier: "GQ", source: "test" } },
    };
    expect(problemsOf({ "tables/payer-profiles.json": profiles, "tables/disciplines.json": disciplines })).toEqual([
      "rules/releases/2026.4.0/tables/disciplines.json /disciplines/PT/therapyModifier: modifier GQ is not in the release's modifier table (tables/modifiers.json); add it there first",
      "rules/releases/2026.4.0/tables/payer-profiles.json /profiles/medicare/bundledCodes/0: code 97010 is not in the release's catalog (tables/catalog.json); add it there first",
    ]);
  });

  it("refuses a known kind of table under another file name, which the worker would not read", () => {
    expect(problemsOf({ "tables/pairs.json": pairEdits() })).toEqual([
      "rules/releases/2026.4.0/tables/pairs.json /$schema: a pair edit table must be tables/ncci-ptp-edits.json: the build names each table after its file and the worker reads it by that name",
    ]);
  });

  it("warns that a table of an unknown kind gets only its schema check", () => {
    const folder = releaseFolder("2026.4.0", { "tables/fees.json": { $schema: schema("fees"), rows: [] } });
    expect(checkTables(folder, root, releaseReferences(folder))).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("no table kind for rules/fees.schema.json"),
      }),
    ]);
  });
});
