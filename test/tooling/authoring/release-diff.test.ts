import { describe, expect, it } from "vitest";
import { formatReleaseDiff } from "../../../worker/tooling/authoring/diff-report.ts";
import { changedLeaves, diffReleases } from "../../../worker/tooling/authoring/release-diff.ts";
import { catalog, pairEdit, pairEdits, releaseFolder, rule, ruleFile, schema } from "./in-memory-release.ts";

const manifest = (version: string, effectiveFrom: string) => ({
  $schema: schema("release"),
  version,
  effectiveFrom,
  description: `release ${version}`,
});
const timeUnits = (partialHourMinimumMinutes: number) => ({
  $schema: schema("time-units"),
  fifteenMinute: { unitMinutes: 15, bands: [{ units: 1, fromMinutes: 8, toMinutes: 22 }], source: "t" },
  hourly: { partialHourMinimumMinutes, source: "t" },
});

const before = releaseFolder("2026.3.0", {
  "release.json": manifest("2026.3.0", "2015-10-01"),
  "tables/catalog.json": catalog("97110", "97140", "97530"),
  "tables/time-units.json": timeUnits(31),
  "tables/ncci-ptp-edits.json": pairEdits(
    pairEdit("97530", "97140", "2020-01-01", { deletionDate: "2020-04-01", modifierIndicator: 0 }),
    pairEdit("97161", "97140", "2020-01-01"),
  ),
  "rules/units.json": ruleFile("units", [rule("units.kept"), rule("units.dropped"), rule("units.changed")]),
});
const after = releaseFolder("2026.4.0", {
  "release.json": manifest("2026.4.0", "2026-10-01"),
  "tables/catalog.json": catalog("97110", "97140", "97530", "97124"),
  "tables/time-units.json": timeUnits(30),
  "tables/ncci-ptp-edits.json": pairEdits(
    pairEdit("97530", "97140", "2020-01-01", { deletionDate: "2020-04-01", modifierIndicator: 0 }),
    pairEdit("97530", "97140", "2026-10-01"),
    pairEdit("97161", "97140", "2020-01-01", { modifierIndicator: 0 }),
  ),
  "rules/units.json": ruleFile("units", [
    rule("units.kept"),
    rule("units.changed", { finding: { severity: "error", message: "{code} is unknown", fix: "Fix {code}." } }),
    rule("units.added"),
  ]),
});

describe("diffReleases", () => {
  const diff = diffReleases(before, after);
  const section = (name: string) => diff.sections.find((candidate) => candidate.name === name)!;

  it("keys catalog rows by code and pair rows by pair and start date, so a pair's dated rows stay apart", () => {
    expect(section("tables/catalog.json").changes.map((row) => [row.change, row.key])).toEqual([["added", "97124"]]);
    expect(section("tables/ncci-ptp-edits.json").changes.map((row) => [row.change, row.key, row.fields])).toEqual([
      ["changed", "97161 | 97140 | 2020-01-01", [{ field: "modifierIndicator", from: 1, to: 0 }]],
      ["added", "97530 | 97140 | 2026-10-01", []],
    ]);
  });

  it("keys rules by id and says which fields changed", () => {
    expect(
      section("rules").changes.map((row) => [row.change, row.key, row.fields.map((field) => field.field)]),
    ).toEqual([
      ["removed", "units.dropped", []],
      ["changed", "units.changed", ["finding.severity"]],
      ["added", "units.added", []],
    ]);
  });

  it("compares settings tables field by field and the manifest too", () => {
    expect(section("tables/time-units.json").changes).toEqual([
      expect.objectContaining({
        change: "changed",
        key: "hourly",
        fields: [{ field: "partialHourMinimumMinutes", from: 31, to: 30 }],
      }),
    ]);
    expect(section("release.json").changes.map((row) => row.key)).toEqual(["version", "effectiveFrom", "description"]);
  });

  it("prints each section with counts and one line per row", () => {
    const report = formatReleaseDiff(diff);
    expect(report).toContain("rules:diff 2026.3.0 → 2026.4.0");
    expect(report).toContain("tables/ncci-ptp-edits.json (pair edits): 1 added, 1 changed");
    expect(report).toContain("  ~ 97161 | 97140 | 2020-01-01\n      modifierIndicator: 1 → 0");
    expect(report).toContain(
      "  + 97530 | 97140 | 2026-10-01  (column1 97530, column2 97140, effectiveDate 2026-10-01, modifierIndicator 1)",
    );
    expect(report).toContain("  - units.dropped  (warning, coding stage, rules/units.json: test)");
  });

  it("finds nothing between a release and itself", () => {
    expect(diffReleases(after, after).sections).toEqual([]);
  });
});

describe("changedLeaves", () => {
  it("walks objects and lists of objects, comparing lists of plain values whole", () => {
    expect(changedLeaves({ a: { b: [1, 2] }, c: [{ d: 1 }] }, { a: { b: [1, 3] }, c: [{ d: 2 }] })).toEqual([
      { field: "a.b", from: [1, 2], to: [1, 3] },
      { field: "c.0.d", from: 1, to: 2 },
    ]);
  });
});
