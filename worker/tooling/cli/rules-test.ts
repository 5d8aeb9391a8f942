// `npm run rules:test [-- --release 2026.4.0] [family …]`: runs the golden cases beside the rule
// files, each by the release it sits in, straight from rules/releases/ (no build of the releases
// needed). A failing case prints expected and actual findings and lines side by side; any
// failure makes the command exit 1.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { bundledReleaseFromFolder } from "./build-releases.ts";
import {
  listReleaseFolders,
  readReleaseFolder,
  sourceAsRelease,
  sourceDirectory,
  sourceManifest,
  sourceVersion,
} from "./release-folders.ts";
import { readCommandLine } from "./command-line.ts";
import { runRuleCommand } from "./rule-tool-files.ts";
import { projectRoot } from "./schema-files.ts";

const { values, positionals: families } = readCommandLine(
  {
    usage: "npm run rules:test [-- [family …] [--release <version>] [--verbose]]",
    description: `Runs the golden cases of rules/source/, each at its own date of service. A failing case shows what was
expected and what came out, side by side.
  family     only these families (units, ncci …)
  --release  instead, a shipped release's own copy of the cases it was cut with, against that release (repeatable;
             "source" is rules/source/)
  --verbose  show passing cases too`,
  },
  { release: { type: "string", multiple: true }, verbose: { type: "boolean", short: "v" } },
);

async function main(): Promise<number> {
  // Golden encounters pass the same schema gate as requests, whose validator the build generates.
  if (!existsSync(join(projectRoot, "worker", "generated", "validators.js"))) {
    console.error("✗ worker/generated/ is missing: run `npm run build` once, then rules:test again");
    return 1;
  }
  const { compileRuleset } = await import("../../rules/compiled-ruleset.ts");
  const { caseFilesOf, formatCaseResult, passed, runCaseFiles } = await import("../authoring/golden-run.ts");
  const releases = listReleaseFolders();
  const source = existsSync(sourceDirectory)
    ? sourceAsRelease(readReleaseFolder(sourceDirectory, undefined, sourceVersion), sourceManifest)
    : undefined;
  const folders = [...(source ? [source] : []), ...releases];
  const wanted = values.release ?? (source ? [sourceVersion] : []);
  const unknown = wanted.filter((version) => !folders.some((folder) => folder.version === version));
  if (unknown.length > 0) {
    console.error(
      `✗ no release ${unknown.join(", ")}; the releases are ${folders.map((folder) => folder.version).join(", ")}`,
    );
    return 1;
  }
  let passedCount = 0;
  let failedCount = 0;
  for (const folder of folders.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.version))) {
    const files = caseFilesOf(folder, projectRoot, families);
    if (files.length === 0) continue;
    console.log(folder.version === sourceVersion ? "rules/source" : `release ${folder.version}`);
    const ruleset = compileRuleset(bundledReleaseFromFolder(folder));
    for (const file of files) {
      const results = await runCaseFiles(ruleset, [file]);
      const failures = results.filter((result) => !passed(result));
      passedCount += results.length - failures.length;
      failedCount += failures.length;
      console.log(
        `${failures.length === 0 ? "✓" : "✗"} ${file.path} (${file.family}): ${results.length - failures.length}/${results.length} cases pass`,
      );
      for (const result of values.verbose ? results : failures) console.log(formatCaseResult(result));
    }
  }
  if (passedCount + failedCount === 0) {
    console.error(
      `✗ no golden cases match${families.length ? ` the families ${families.join(", ")}` : ""}${wanted.length ? ` in ${wanted.join(", ")}` : ""}`,
    );
    return 1;
  }
  const summary = `rules:test: ${passedCount} passed, ${failedCount} failed`;
  if (failedCount > 0) console.error(summary);
  else console.log(summary);
  return failedCount > 0 ? 1 : 0;
}

runRuleCommand(main);
