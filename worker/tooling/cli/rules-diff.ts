// `npm run rules:diff -- FROM TO [--corpus file.ndjson]`: the rows and rules that differ between
// two releases, then every encounter of a corpus (rules/corpus/sample-encounters.ndjson unless
// given) whose status or billing changes when validated under TO instead of FROM, with why.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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

const defaultCorpus = join(projectRoot, "rules", "corpus", "sample-encounters.ndjson");
const help = {
  usage:
    "npm run rules:diff -- FROM TO [--corpus encounters.ndjson]   (FROM and TO: release versions, or source for rules/source/)",
  description: `What changed between two releases, row by row and rule by rule, then every encounter of a corpus whose
status or billing changes when validated under TO instead of FROM, with the findings that explain why.
  --corpus  one JSON encounter per line (default rules/corpus/sample-encounters.ndjson)`,
};
const { values, positionals } = readCommandLine(help, { corpus: { type: "string" } });

async function main(): Promise<number> {
  const [fromVersion, toVersion] = positionals;
  // "source" is rules/source/ as it stands: what the next release would change.
  const folders = [
    ...listReleaseFolders(),
    ...(existsSync(sourceDirectory)
      ? [sourceAsRelease(readReleaseFolder(sourceDirectory, undefined, sourceVersion), sourceManifest)]
      : []),
  ];
  const known = folders.map((folder) => folder.version).join(", ");
  if (!fromVersion || !toVersion || positionals.length > 2) {
    console.error(`usage: ${help.usage}   (releases: ${known})`);
    return 1;
  }
  const from = folders.find((folder) => folder.version === fromVersion);
  const to = folders.find((folder) => folder.version === toVersion);
  if (!from || !to) {
    console.error(`✗ no release ${!from ? fromVersion : toVersion}; the releases are ${known}`);
    return 1;
  }
  const corpusPath = values.corpus ? resolve(values.corpus) : defaultCorpus;
  if (!existsSync(corpusPath)) {
    console.error(`✗ no corpus at ${relative(projectRoot, corpusPath)}`);
    return 1;
  }
  // Corpus encounters pass the same schema gate as requests, whose validator the build generates.
  if (!existsSync(join(projectRoot, "worker", "generated", "validators.js"))) {
    console.error("✗ worker/generated/ is missing: run `npm run build` once, then rules:diff again");
    return 1;
  }
  const { diffReleases } = await import("../authoring/release-diff.ts");
  const { formatCorpusImpact, formatReleaseDiff } = await import("../authoring/diff-report.ts");
  const { corpusImpact, parseCorpus } = await import("../authoring/corpus-impact.ts");
  const { compileRuleset } = await import("../../rules/compiled-ruleset.ts");

  console.log(formatReleaseDiff(diffReleases(from, to)));
  const corpus = parseCorpus(readFileSync(corpusPath, "utf8"));
  for (const problem of corpus.problems)
    console.error(`! ${relative(projectRoot, corpusPath)} line ${problem.line}: ${problem.message}`);
  const impact = await corpusImpact(
    corpus.encounters,
    compileRuleset(bundledReleaseFromFolder(from)),
    compileRuleset(bundledReleaseFromFolder(to)),
    progressOnTerminal(),
  );
  console.log(formatCorpusImpact(impact, relative(projectRoot, corpusPath), from.version, to.version));
  return 0;
}

/** A counter on stderr, redrawn in place, only when a person is watching (never in CI logs or pipes). */
function progressOnTerminal(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    process.stderr.write(done < total ? `\rre-validating encounter ${done + 1} of ${total}…` : "\r\x1b[2K");
  };
}

runRuleCommand(main);
