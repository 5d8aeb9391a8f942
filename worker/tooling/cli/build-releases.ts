// Bundles every release folder into the worker: a generated module imports each
// table and rule file and records the release's content hash, so shipping a release is a data change.
import { relative } from "node:path";
import type { BundledRelease } from "../../rules/bundled-release.ts";
import { compactDiagnosisCodeSets } from "../../rules/code-set-encoding.ts";
import { createAjv } from "./build-validators.ts";
import {
  isGoldenCasesFile,
  listReleaseFolders,
  releaseContentHash,
  ReleaseFileError,
  type ReleaseFile,
  type ReleaseFolder,
} from "./release-folders.ts";
import { projectRoot, type SchemaFile } from "./schema-files.ts";

/** Checks every file of every release against the schema it names; returns each problem with file and pointer. */
export function schemaProblems(folders: ReleaseFolder[], schemaFiles: SchemaFile[]): ReleaseFileError[] {
  const ajv = createAjv({ standalone: false });
  for (const file of schemaFiles) ajv.addSchema(file.schema);
  // By the path under schemas/, so a copy of the rules outside the project still finds its schemas.
  const idByName = new Map(schemaFiles.map((file) => [file.relativePath, file.id]));
  const nameOf = (schemaPath: string | undefined) => (schemaPath && schemaPath.lastIndexOf("/schemas/") >= 0 ? schemaPath.slice(schemaPath.lastIndexOf("/schemas/") + "/schemas/".length) : undefined);
  const problems: ReleaseFileError[] = [];
  for (const folder of folders) {
    for (const file of folder.files) {
      const where = relative(projectRoot, file.absolutePath);
      const name = nameOf(file.schemaPath);
      const schemaId = name && idByName.get(name);
      if (!schemaId) {
        problems.push(new ReleaseFileError(where, "/$schema", `names no schema under schemas/ (${String((file.data as { $schema?: unknown }).$schema)})`));
        continue;
      }
      const validate = ajv.getSchema(schemaId)!;
      if (validate(file.data)) continue;
      for (const error of validate.errors ?? []) {
        problems.push(new ReleaseFileError(where, error.instancePath || "/", `${error.message ?? "is invalid"}${describeParams(error.params)}`));
      }
    }
  }
  return problems;
}

function describeParams(params: Record<string, unknown>): string {
  if (params.additionalProperty) return ` (${String(params.additionalProperty)})`;
  if (params.allowedValues) return ` (${(params.allowedValues as unknown[]).join(", ")})`;
  return "";
}

export function tableKey(file: ReleaseFile): string {
  const name = file.relativePath.replace(/^tables\//, "").replace(/\.json$/, "");
  return name.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** A table as the worker gets it: the code sets encoded (code-set-encoding.ts), every other table as written. */
function compactTableData(file: ReleaseFile): unknown {
  if (file.relativePath !== "tables/diagnosis-code-sets.json") return file.data;
  return compactDiagnosisCodeSets(file.data as Parameters<typeof compactDiagnosisCodeSets>[0]);
}

/** `pinOnly`: a folder answering only `?ruleset=` pins (rules/source/ under npm start), never a date of service. */
export function buildReleasesModule(folders: ReleaseFolder[], pinOnly?: ReleaseFolder): string {
  const imports: string[] = [];
  const entries: string[] = [];
  [...folders, ...(pinOnly ? [pinOnly] : [])].forEach((folder, releaseIndex) => {
    const name = (file: ReleaseFile) => `release${releaseIndex}_${file.relativePath.replace(/[^A-Za-z0-9]/g, "_")}`;
    const importPath = (file: ReleaseFile) => `../../${relative(projectRoot, file.absolutePath)}`;
    const bundled = folder.files.filter((file) => !isGoldenCasesFile(file));
    const manifest = bundled.find((file) => file.relativePath === "release.json");
    if (!manifest) throw new ReleaseFileError(relative(projectRoot, folder.directory), "", "has no release.json");
    // The source's manifest is made up by the tooling, not a file: it goes in as written here.
    const inlineManifest = folder === pinOnly ? JSON.stringify(manifest.data) : undefined;
    for (const file of bundled) {
      if (inlineManifest && file === manifest) continue;
      const compact = compactTableData(file);
      // A code set bundled as JSON would add ~170 KiB gzipped and parse on every cold start; encoded it is a string of ~20 KiB.
      imports.push(compact === file.data ? `import ${name(file)} from "${importPath(file)}";` : `const ${name(file)} = ${JSON.stringify(compact)};`);
    }
    const tables = bundled.filter((file) => file.relativePath.startsWith("tables/"));
    const ruleFiles = bundled.filter((file) => file.relativePath.startsWith("rules/"));
    entries.push(`  {
    version: ${JSON.stringify(folder.version)},
    hash: ${JSON.stringify(releaseContentHash(folder))},${folder === pinOnly ? "\n    pinOnly: true," : ""}
    manifest: ${inlineManifest ?? name(manifest)} as unknown as BundledRelease["manifest"],
    tables: {
${tables.map((file) => `      ${tableKey(file)}: ${name(file)},`).join("\n")}
    } as unknown as BundledRelease["tables"],
    ruleFiles: [${ruleFiles.map(name).join(", ")}] as unknown as BundledRelease["ruleFiles"],
  },`);
  });
  return `// Generated by \`npm run build\` from rules/releases/. Do not edit.
import type { BundledRelease } from "../rules/bundled-release.ts";
${imports.join("\n")}

export const bundledReleases: BundledRelease[] = [
${entries.join("\n")}
];
`;
}

/** The release as the build would bundle it, straight from its folder: the rule tooling runs releases without a build. */
export function bundledReleaseFromFolder(folder: ReleaseFolder): BundledRelease {
  const bundled = folder.files.filter((file) => !isGoldenCasesFile(file));
  const manifest = bundled.find((file) => file.relativePath === "release.json");
  if (!manifest) throw new ReleaseFileError(relative(projectRoot, folder.directory), "", "has no release.json");
  const tables = bundled.filter((file) => file.relativePath.startsWith("tables/"));
  return {
    version: folder.version,
    hash: releaseContentHash(folder),
    manifest: manifest.data as BundledRelease["manifest"],
    tables: Object.fromEntries(tables.map((file) => [tableKey(file), compactTableData(file)])) as unknown as BundledRelease["tables"],
    ruleFiles: bundled.filter((file) => file.relativePath.startsWith("rules/")).map((file) => file.data) as BundledRelease["ruleFiles"],
  };
}

export function readReleases(): ReleaseFolder[] {
  return listReleaseFolders();
}
