import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkReleaseFolders, releaseWindows } from "../../../worker/tooling/authoring/check-releases.ts";
import { tableKinds } from "../../../worker/releases/table-kinds.ts";
import { releaseFolder, root, schema } from "./in-memory-release.ts";

const manifest = (version: string, effectiveFrom: string) => ({
  $schema: schema("release"),
  version,
  effectiveFrom,
  description: "test",
});
const requiredTables = Object.fromEntries(
  tableKinds
    .filter((kind) => kind.required)
    .map((kind) => [kind.file, { $schema: `../../../../schemas/${kind.schema}` }]),
);
const release = (version: string, effectiveFrom: string, files: Record<string, unknown> = {}) =>
  releaseFolder(version, { "release.json": manifest(version, effectiveFrom), ...requiredTables, ...files });

const problemsOf = (...folders: ReturnType<typeof releaseFolder>[]) =>
  checkReleaseFolders(folders, root).map(formatProblem);

describe("checkReleaseFolders", () => {
  it("accepts releases whose versions and start dates sort alike", () => {
    expect(problemsOf(release("2026.3.0", "2015-10-01"), release("2026.4.0", "2026-10-01"))).toEqual([]);
  });

  it("refuses a version that differs from its folder's name", () => {
    expect(
      problemsOf(releaseFolder("2026.4.0", { "release.json": manifest("2026.4.1", "2026-10-01"), ...requiredTables })),
    ).toEqual([
      "rules/releases/2026.4.0/release.json /version: version 2026.4.1 differs from the folder name 2026.4.0: rename one so they match",
    ]);
  });

  it("refuses two releases starting on one day, and a newer version starting earlier", () => {
    expect(problemsOf(release("2026.3.0", "2026-10-01"), release("2026.4.0", "2026-10-01"))).toEqual([
      "rules/releases/2026.4.0/release.json /effectiveFrom: 2026.3.0 starts on the same date (2026-10-01): which release answers that date would be ambiguous",
    ]);
    expect(problemsOf(release("2026.3.0", "2026-10-01"), release("2026.4.0", "2026-07-01"))).toEqual([
      "rules/releases/2026.4.0/release.json /effectiveFrom: 2026.4.0 starts (2026-07-01) before the older version 2026.3.0 (2026-10-01)",
    ]);
  });

  it("refuses files the build would ignore or that name the wrong schema for their place", () => {
    expect(
      problemsOf(
        release("2026.4.0", "2026-10-01", {
          "notes.json": {},
          "rules/units.json": { $schema: schema("golden-cases") },
          "tables/extra.json": { $schema: schema("rule-file") },
        }),
      ),
    ).toEqual([
      "rules/releases/2026.4.0/notes.json: the build reads only release.json, tables/*.json and rules/*.json (and rules/*.cases.json): this file would be ignored",
      "rules/releases/2026.4.0/rules/units.json /$schema: a file here must name rules/rule-file.schema.json, not rules/golden-cases.schema.json",
      "rules/releases/2026.4.0/tables/extra.json /$schema: rules/rule-file.schema.json is not a table schema: rule files and golden cases go in rules/",
    ]);
  });

  it("refuses a release without its manifest or a table the worker needs, unless the table is there but not JSON", () => {
    const { "tables/catalog.json": _catalog, ...withoutCatalog } = requiredTables;
    expect(
      problemsOf(releaseFolder("2026.4.0", { "release.json": manifest("2026.4.0", "2026-10-01"), ...withoutCatalog })),
    ).toEqual([
      "rules/releases/2026.4.0: has no tables/catalog.json: the worker needs it in every release (copy it from the previous release)",
    ]);
    expect(problemsOf(releaseFolder("2026.4.0", requiredTables))).toEqual([
      "rules/releases/2026.4.0: has no release.json (version, effectiveFrom, description)",
    ]);
    const unreadableCatalog = new Set(["rules/releases/2026.4.0/tables/catalog.json"]);
    expect(
      checkReleaseFolders(
        [releaseFolder("2026.4.0", { "release.json": manifest("2026.4.0", "2026-10-01"), ...withoutCatalog })],
        root,
        unreadableCatalog,
      ),
    ).toEqual([]);
  });
});

describe("releaseWindows", () => {
  it("gives each release the dates up to the next one's start", () => {
    const windows = releaseWindows([release("2026.3.0", "2015-10-01"), release("2026.4.0", "2026-10-01")]);
    expect(windows.get("2026.3.0")).toEqual({ from: "2015-10-01", until: "2026-10-01", nextVersion: "2026.4.0" });
    expect(windows.get("2026.4.0")).toEqual({ from: "2026-10-01", previousVersion: "2026.3.0" });
  });
});
