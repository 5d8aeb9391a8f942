// `npm run build`: regenerates worker/generated/ from schemas/, rules/releases/ and worker/pages/.
// Fails, naming the file and the JSON pointer, when a rule file breaks its schema.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildAssets } from "./build-assets.ts";
import { buildGoldenCasesModule } from "./build-golden-cases.ts";
import { buildReleasesModule, schemaProblems } from "./build-releases.ts";
import { buildTypeModules } from "./build-types.ts";
import { buildValidatorsModule, validatorDeclarations } from "./build-validators.ts";
import {
  listReleaseFolders,
  readReleaseFolder,
  ReleaseFileError,
  sourceAsRelease,
  sourceDirectory,
  sourceManifest,
  sourceVersion,
  type ReleaseFolder,
} from "./release-folders.ts";
import { listSchemaFiles, projectRoot } from "./schema-files.ts";
import { readCommandLine } from "./command-line.ts";

const generatedDirectory = join(projectRoot, "worker", "generated");

function writeIfChanged(relativePath: string, content: string): void {
  const path = join(generatedDirectory, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  let previous: string | undefined;
  try {
    previous = readFileSync(path, "utf8");
  } catch {
    previous = undefined;
  }
  // Unchanged files keep their timestamps, so `wrangler dev` does not reload for nothing.
  if (previous !== content) writeFileSync(path, content);
}

async function main(): Promise<void> {
  readCommandLine(
    {
      usage: "npm run build",
      description:
        "Regenerates worker/generated/ from schemas/ and rules/releases/: types, validators compiled to code, and the\nreleases the worker bundles. Fails, naming the file and the JSON pointer, when a file breaks its schema.\nWith CLAIMLINT_SOURCE_RULESET=1 (npm start sets it) rules/source/ is bundled too, answering only ?ruleset=source.",
    },
    {},
  );
  const schemaFiles = listSchemaFiles();
  const folders = listReleaseFolders();
  const problems = schemaProblems(folders, schemaFiles);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem.message}`);
    process.exitCode = 1;
    return;
  }
  for (const module of await buildTypeModules(schemaFiles)) writeIfChanged(module.relativePath, module.content);
  writeIfChanged("validators.js", buildValidatorsModule(schemaFiles));
  writeIfChanged("validators.d.ts", validatorDeclarations());
  const source = process.env.CLAIMLINT_SOURCE_RULESET === "1" ? sourceForDevelopment(schemaFiles) : undefined;
  writeIfChanged("releases.ts", buildReleasesModule(folders, source));
  writeIfChanged("golden-cases.ts", buildGoldenCasesModule(folders));
  const assets = await buildAssets();
  console.log(
    `built ${schemaFiles.length} schemas, ${folders.length} ruleset releases${source ? " (and rules/source/ as ?ruleset=source)" : ""} and ${assets.length} page assets into worker/generated/`,
  );
}

/** rules/source/ for `npm start`: left out, with its problems printed, while a file does not parse or breaks its schema. */
function sourceForDevelopment(schemaFiles: ReturnType<typeof listSchemaFiles>): ReleaseFolder | undefined {
  const unreadable: ReleaseFileError[] = [];
  const source = sourceAsRelease(readReleaseFolder(sourceDirectory, unreadable, sourceVersion), sourceManifest);
  const problems = [...unreadable, ...schemaProblems([source], schemaFiles)];
  if (problems.length === 0) return source;
  for (const problem of problems) console.error(`✗ ${problem.message}`);
  console.error("rules/source/ is not served as ?ruleset=source until the above is fixed (npm run rules:check)");
  return undefined;
}

main().catch((error: unknown) => {
  console.error(error instanceof ReleaseFileError ? `✗ ${error.message}` : error);
  process.exitCode = 1;
});
