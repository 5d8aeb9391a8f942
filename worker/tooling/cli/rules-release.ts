// `npm run rules:release -- <version> --effective <YYYY-MM-DD> --notes "<what changed>"`: cuts a
// release from rules/source/ once it passes rules:check and its golden cases, writes the snapshot
// to rules/releases/<version>/ and records its content hash in rules/releases.lock.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatProblem, hasErrors } from "../authoring/authoring-problem.ts";
import { checkRuleData } from "../authoring/check-rule-data.ts";
import { cutRelease, releaseRequestProblems } from "../authoring/cut-release.ts";
import type { ReleasesLock } from "../authoring/release-lock.ts";
import { fromReleaseFileError, schemaCheck } from "../authoring/schema-check.ts";
import { bundledReleaseFromFolder } from "./build-releases.ts";
import { readCommandLine } from "./command-line.ts";
import {
  compareVersions,
  listReleaseFolders,
  lockPath,
  parseJsonFile,
  readReleaseFolder,
  releaseContentHash,
  releasesDirectory,
  sourceAsRelease,
  sourceDirectory,
  sourceManifest,
  sourceVersion,
  type ReleaseFileError,
} from "./release-folders.ts";
import { runRuleCommand } from "./rule-tool-files.ts";
import { listSchemaFiles, projectRoot } from "./schema-files.ts";

const help = {
  usage: 'npm run rules:release -- <version> --effective <YYYY-MM-DD> --notes "<what changed>"',
  description: `Cuts a release from rules/source/: checks it (rules:check) and runs its golden cases, then writes the
snapshot to rules/releases/<version>/ and its content hash to rules/releases.lock.json. From then on the release is
immutable: it answers dates of service from --effective until the next release starts, and ?ruleset=<version>.
  <version>    year.quarter.revision, after the newest release (e.g. 2027.1.0)
  --effective  the first date of service it answers, after the newest release's
  --notes      what changed, in words a biller understands (served as the release's description)`,
};
const { values, positionals } = readCommandLine(help, { effective: { type: "string" }, notes: { type: "string" } });

async function main(): Promise<number> {
  const [version] = positionals;
  if (!version || positionals.length > 1 || !values.effective || values.notes === undefined) {
    console.error(`usage: ${help.usage}`);
    return 1;
  }
  const unreadable: ReleaseFileError[] = [];
  const releases = listReleaseFolders(releasesDirectory, unreadable);
  const source = readReleaseFolder(sourceDirectory, unreadable, sourceVersion);
  const lock = existsSync(lockPath)
    ? (parseJsonFile(lockPath) as ReleasesLock)
    : { $schema: "../schemas/rules/releases-lock.schema.json", releases: {} };
  const request = { version, effectiveFrom: values.effective, notes: values.notes };
  const problems = [
    ...releaseRequestProblems(request, releases, compareVersions),
    ...checkRuleData({
      root: projectRoot,
      releases,
      source,
      lock: { data: lock, hashOf: releaseContentHash },
      unreadable: unreadable.map(fromReleaseFileError),
      schemaProblems: schemaCheck([source, ...releases], listSchemaFiles(), projectRoot),
    }).filter((problem) => problem.severity === "error"),
  ];
  if (hasErrors(problems)) {
    for (const problem of problems) console.error(`✗ ${formatProblem(problem)}`);
    console.error(`rules:release: nothing was written; fix the above (npm run rules:check) and run it again`);
    return 1;
  }
  const failures = await failingGoldenCases(source);
  if (failures > 0) {
    console.error(
      `✗ ${failures} golden case(s) of rules/source/ fail (npm run rules:test shows them side by side); nothing was written`,
    );
    return 1;
  }
  const directory = join(releasesDirectory, version);
  for (const file of cutRelease(source, request).files) {
    const path = join(directory, file.relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const written = readReleaseFolder(directory);
  const releasesByVersion = {
    ...lock.releases,
    [version]: { effectiveFrom: request.effectiveFrom, hash: releaseContentHash(written) },
  };
  const ordered = Object.fromEntries(Object.entries(releasesByVersion).sort(([a], [b]) => compareVersions(a, b)));
  writeFileSync(lockPath, `${JSON.stringify({ ...lock, releases: ordered }, null, 2)}\n`);
  console.log(
    [
      `released ${version}: rules/releases/${version}/ answers dates of service from ${request.effectiveFrom} (hash ${ordered[version]!.hash}, recorded in rules/releases.lock.json)`,
      `Next: npm run rules:diff -- ${releases.at(-1)?.version ?? version} ${version}, then commit rules/releases/${version}/ and rules/releases.lock.json. A running npm start picks it up within seconds.`,
    ].join("\n"),
  );
  return 0;
}

async function failingGoldenCases(source: ReturnType<typeof readReleaseFolder>): Promise<number> {
  const { compileRuleset } = await import("../../rules/compiled-ruleset.ts");
  const { caseFilesOf, passed, runCaseFiles } = await import("../authoring/golden-run.ts");
  const ruleset = compileRuleset(bundledReleaseFromFolder(sourceAsRelease(source, sourceManifest)));
  const results = await runCaseFiles(ruleset, caseFilesOf(source, projectRoot));
  return results.filter((result) => !passed(result)).length;
}

runRuleCommand(main);
