// rules/README.md is followed here as a newcomer would, on a copy of the shipped rules: add the
// guide's pair row and its golden case, add the guide's example rule, cut a release. rules:check
// must find nothing (not even a warning), every golden case must pass, and the new release must
// answer its dates while older dates keep their releases. The JSON is read from the guide itself.
import { describe, expect, it } from "vitest";
import type { GoldenCase } from "../../../worker/rules/golden-case-run.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { createRulesetRegistry } from "../../../worker/rules/ruleset-registry.ts";
import { validateEncounter } from "../../../worker/validation/validate-encounter.ts";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { cutRelease, releaseRequestProblems } from "../../../worker/tooling/authoring/cut-release.ts";
import { caseFilesOf, passed, runCaseFiles } from "../../../worker/tooling/authoring/golden-run.ts";
import { dayBefore, type ReleaseFolder } from "../../../worker/tooling/authoring/release-files.ts";
import { bundledReleaseFromFolder } from "../../../worker/tooling/cli/build-releases.ts";
import {
  compareVersions,
  releaseContentHash,
  sourceAsRelease,
  sourceManifest,
} from "../../../worker/tooling/cli/release-folders.ts";
import { projectRoot as projectRootPath } from "../../../worker/tooling/cli/schema-files.ts";
import type { Encounter } from "../../../worker/generated/types/encounter.ts";
import { checkTree, treeWithFixture, type RuleTree } from "./rule-data-fixtures.ts";

const guide = import.meta.glob<string>("/rules/README.md", { query: "?raw", import: "default", eager: true })[
  "/rules/README.md"
]!;

/** The ```json blocks of one section of the guide, parsed. */
function jsonBlocks(heading: string): unknown[] {
  const start = guide.indexOf(`\n## ${heading}`);
  const end = guide.indexOf("\n## ", start + 1);
  return [...guide.slice(start, end).matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!));
}

function fileOf(folder: ReleaseFolder, relativePath: string) {
  const file = folder.files.find((candidate) => candidate.relativePath === relativePath);
  if (!file) throw new Error(`no ${relativePath} in ${folder.directory}`);
  return file;
}

/** The version after the newest: the next quarter, or the first of the next year. */
function nextVersion(newest: string): string {
  const [year, quarter] = newest.split(".").map(Number) as [number, number];
  return quarter >= 4 ? `${year + 1}.1.0` : `${year}.${quarter + 1}.0`;
}

function quarterAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + 3);
  return day.toISOString().slice(0, 10);
}

// rules:check reads every release in full (the ICD-10-CM code sets are 800 KB each): seconds, not milliseconds, on a busy machine.
describe("following rules/README.md", { timeout: 60_000 }, () => {
  const [pairRow, pairCase] = jsonBlocks("Add a pair edit (NCCI procedure-to-procedure)") as [
    Record<string, unknown>,
    GoldenCase,
  ];
  const tree: RuleTree & { release: ReleaseFolder } = treeWithFixture("example-rule", "rules/");
  const source = tree.release;
  const pairs = fileOf(source, "tables/ncci-ptp-edits.json");
  const edits = (pairs.data as { edits: Array<Record<string, unknown>> }).edits;
  pairs.data = {
    ...(pairs.data as object),
    edits: [...edits, pairRow].sort((a, b) =>
      `${a.column1}${a.column2}${a.effectiveDate}`.localeCompare(`${b.column1}${b.column2}${b.effectiveDate}`),
    ),
  };
  const ncciCases = fileOf(source, "rules/ncci.cases.json");
  ncciCases.data = {
    ...(ncciCases.data as object),
    cases: [...(ncciCases.data as { cases: GoldenCase[] }).cases, pairCase],
  };

  const releases = tree.folders;
  const newest = releases.at(-1)!;
  const newestStart = (fileOf(newest, "release.json").data as { effectiveFrom: string }).effectiveFrom;
  const request = {
    version: nextVersion(newest.version),
    effectiveFrom: [quarterAfter(newestStart), String(pairRow.effectiveDate)].sort().at(-1)!,
    notes: "Adds a pair edit for 97150 with 97140 and a reminder about 97010 for commercial plans.",
  };
  const directory = `${projectRootPath}rules/releases/${request.version}`;
  const cut: ReleaseFolder = {
    version: request.version,
    directory,
    files: cutRelease(source, request).files.map((file) => ({
      relativePath: file.relativePath,
      absolutePath: `${directory}/${file.relativePath}`,
      schemaPath: `${projectRootPath}schemas/${schemaName(file.data)}`,
      data: file.data,
      text: file.text,
    })),
  };
  const afterCut: RuleTree = {
    ...tree,
    folders: [...releases, cut],
    lock: {
      ...tree.lock!,
      releases: {
        ...tree.lock!.releases,
        [request.version]: { effectiveFrom: request.effectiveFrom, hash: releaseContentHash(cut) },
      },
    },
  };

  it("leaves rules:check with nothing to say after adding the pair row, its case and the example rule", () => {
    expect(checkTree(tree).map(formatProblem)).toEqual([]);
  });

  it("passes every golden case of the source, the guide's pair case and the example rule's included", async () => {
    const ruleset = compileRuleset(bundledReleaseFromFolder(sourceAsRelease(source, sourceManifest)));
    const files = caseFilesOf(source, projectRootPath);
    expect(files.map((file) => file.family)).toEqual(expect.arrayContaining(["ncci", "reminders"]));
    const results = await runCaseFiles(ruleset, files);
    // A new rule may also fire in another family's cases that list every finding: the guide has the
    // author add it there once rules:test shows it. Nothing else may change.
    const differences = results
      .filter((result) => !passed(result))
      .flatMap((result) =>
        result.outcome.differences.map((difference) => `${result.file} ${result.outcome.name}: ${difference}`),
      );
    expect(
      differences.filter(
        (difference) => !/: unexpected finding reminders\.hot-cold-packs-often-bundled /.test(difference),
      ),
    ).toEqual([]);
    expect(results.filter((result) => /ncci|reminders/.test(result.file) && !passed(result))).toEqual([]);
  });

  it("cuts the next release, which rules:check and the lock accept", () => {
    expect(releaseRequestProblems(request, releases, compareVersions)).toEqual([]);
    expect(checkTree(afterCut).map(formatProblem)).toEqual([]);
  });

  it("refuses to cut the same version twice, or a release starting before the newest", () => {
    expect(
      releaseRequestProblems(request, [...releases, cut], compareVersions).map((problem) => problem.message),
    ).toEqual([
      `release ${request.version} already exists and is immutable: choose the next version`,
      `version ${request.version} must come after the newest release, ${request.version}`,
      `the release must start after ${request.effectiveFrom}, when the newest release starts: older dates of service keep the answers already given`,
    ]);
  });

  it("refuses a version the release schema does not accept, such as a fifth quarter", () => {
    const fifthQuarter = { ...request, version: "2026.5.0" };
    expect(releaseRequestProblems(fifthQuarter, releases, compareVersions).map((problem) => problem.message)).toContain(
      `"2026.5.0" is not a version: write year.quarter.revision with a quarter from 1 to 4, e.g. 2027.1.0`,
    );
  });

  it("answers the new release's dates with it, pinned or not, and older dates with the older releases", async () => {
    const registry = createRulesetRegistry([...releases, cut].map(bundledReleaseFromFolder));
    expect(registry.forDate(request.effectiveFrom).version).toBe(request.version);
    expect(registry.forDate(dayBefore(request.effectiveFrom)).version).toBe(newest.version);
    const encounter = { ...(pairCase.encounter as unknown as Encounter), dateOfService: request.effectiveFrom };
    const fired = (await validateEncounter(encounter, registry)).findings.map((finding) => finding.ruleId);
    expect(fired).toContain("ncci.ptp.modifier-missing");
    const before = await validateEncounter({ ...encounter, dateOfService: dayBefore(request.effectiveFrom) }, registry);
    expect(before.ruleset.version).toBe(newest.version);
    expect(before.findings.map((finding) => finding.ruleId)).not.toContain("ncci.ptp.modifier-missing");
  });

  it("keeps the release's own copy of the cases, which pass against it", async () => {
    const results = await runCaseFiles(
      compileRuleset(bundledReleaseFromFolder(cut)),
      caseFilesOf(cut, projectRootPath, ["ncci", "reminders"]),
    );
    expect(results.length).toBeGreaterThan(10);
    expect(results.filter((result) => !passed(result)).map((result) => result.outcome.name)).toEqual([]);
  });

  it("fails rules:check, naming the release, when a shipped release is edited by hand", () => {
    const edited = structuredClone(cut);
    const table = fileOf(edited, "tables/ncci-ptp-edits.json");
    table.data = { ...(table.data as object), edits: (table.data as { edits: unknown[] }).edits.slice(1) };
    const problems = checkTree({ ...afterCut, folders: [...releases, edited] }).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^rules/releases/${request.version.replace(/\./g, "\\.")}: release ${request.version.replace(/\./g, "\\.")} was changed after it shipped`,
        ),
      ),
    ]);
  });
});

function schemaName(data: unknown): string {
  return String((data as { $schema: string }).$schema).split("schemas/")[1]!;
}
