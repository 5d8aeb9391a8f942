// `npm run rules:check [-- --releases <folder>]`: checks every rule file against its schema and
// what no schema can see (codes missing from the catalog, contradicting or overlapping rows,
// rules without golden cases, unknown facts and operators, stale guide). Each problem names the
// file and the JSON pointer; any error makes the command exit 1.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatProblem, hasErrors, type AuthoringProblem } from "../authoring/authoring-problem.ts";
import { checkRuleData } from "../authoring/check-rule-data.ts";
import { guidePath, guideSections } from "../authoring/guide-sections.ts";
import { fromReleaseFileError, schemaCheck } from "../authoring/schema-check.ts";
import type { ReleasesLock } from "../authoring/release-lock.ts";
import {
  listReleaseFolders,
  lockPath,
  parseJsonFile,
  readReleaseFolder,
  releaseContentHash,
  releasesDirectory,
  sourceDirectory,
  sourceVersion,
  type ReleaseFileError,
} from "./release-folders.ts";
import { readCommandLine } from "./command-line.ts";
import { readExampleRuleFiles } from "./rule-tool-files.ts";
import { listSchemaFiles, projectRoot } from "./schema-files.ts";

const { values } = readCommandLine(
  {
    usage: "npm run rules:check [-- --releases <folder>]",
    description: `Checks every rule file, table and golden case: each against its schema, then together (codes missing
from the catalog, rows that contradict or overlap, rules without golden cases, unknown facts, operators and params,
shipped releases changed after release). Each problem names the file, line and column and the JSON pointer.
Exits 1 on any error.
  --releases  check another folder of releases (a copy, a fixture) instead of rules/releases`,
  },
  { releases: { type: "string" } },
);
const directory = values.releases ? resolve(values.releases) : releasesDirectory;
// The guide describes the shipped tree; a fixture tree given with --releases has none.
const checkingShippedTree = directory === releasesDirectory;

const unreadable: ReleaseFileError[] = [];
const releases = listReleaseFolders(directory, unreadable);
const source =
  checkingShippedTree && existsSync(sourceDirectory)
    ? readReleaseFolder(sourceDirectory, unreadable, sourceVersion)
    : undefined;
const problems = checkRuleData({
  root: projectRoot,
  releases,
  source,
  lock: checkingShippedTree
    ? { data: existsSync(lockPath) ? (parseJsonFile(lockPath) as ReleasesLock) : undefined, hashOf: releaseContentHash }
    : undefined,
  unreadable: unreadable.map(fromReleaseFileError),
  schemaProblems: schemaCheck(source ? [source, ...releases] : releases, listSchemaFiles(), projectRoot),
  guide: checkingShippedTree ? readGuide() : undefined,
});

for (const problem of problems) console.error(`${problem.severity === "error" ? "✗" : "!"} ${formatProblem(problem)}`);
const errors = problems.filter((problem) => problem.severity === "error").length;
const fileCount =
  [...releases, ...(source ? [source] : [])].reduce((sum, folder) => sum + folder.files.length, 0) + unreadable.length;
const summary = `rules:check: ${count(errors, "error")}, ${count(problems.length - errors, "warning")} in ${source ? "rules/source and " : ""}${count(releases.length, "release")} (${count(fileCount, "file")})`;
if (hasErrors(problems)) {
  console.error(summary);
  process.exitCode = 1;
} else {
  console.log(summary);
}

function readGuide(): { path: string; text: string; sections: Record<string, string> } {
  const path = join(projectRoot, guidePath);
  return {
    path: guidePath,
    text: existsSync(path) ? readFileSync(path, "utf8") : "",
    sections: guideSections(readExampleRuleFiles()),
  };
}

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? "" : "s"}`;
}

export type { AuthoringProblem };
