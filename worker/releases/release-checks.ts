// What the worker checks in a published release's files before it runs anything, with the code
// it is deployed with: each file against its schema (validators compiled at build time: nothing is
// compiled at run time), then what the files say together: the manifest's version, the tables the
// rules need, golden cases beside every rule file, the tables' rows and the codes they name (the
// table checks rules:check runs too), rule ids used once, only facts, params and operators this
// deployment has, and served text that cites public documents only. Each problem carries its JSON
// pointer into the request body.
import type { SchemaError } from "../errors/problem-error.ts";
import type { ValidateFunction } from "ajv";
import { servedStrings, servedTextProblems } from "../rules/served-text.ts";
import { toSchemaErrors } from "../validation/schema-errors.ts";
import { isGoldenCasesPath } from "./release-hash.ts";
import { filePointer, type ReleaseFileData } from "./release-from-files.ts";
import { ruleProblems, type ReleaseVocabulary } from "./rule-checks.ts";
import { releaseReferences, tableProblems, type TableFile } from "./table-checks.ts";
import { tableKinds } from "./table-kinds.ts";

export type { ReleaseVocabulary };

export interface ReleaseValidators {
  /** By the schema's path under schemas/ (`rules/catalog.schema.json`). */
  ruleData: Readonly<Record<string, ValidateFunction>>;
}

/** The schema a file at this path must follow, under schemas/. */
export function expectedSchema(relativePath: string): string {
  if (relativePath === "release.json") return "rules/release.schema.json";
  if (relativePath.startsWith("tables/"))
    return `rules/${relativePath.slice("tables/".length).replace(/\.json$/, ".schema.json")}`;
  return isGoldenCasesPath(relativePath) ? "rules/golden-cases.schema.json" : "rules/rule-file.schema.json";
}

/** Each file against the schema its path calls for, which its `$schema` must name. */
export function schemaProblems(files: readonly ReleaseFileData[], validators: ReleaseValidators): SchemaError[] {
  return files.flatMap((file) => {
    const expected = expectedSchema(file.relativePath);
    const validate = validators.ruleData[expected];
    if (!validate)
      return [
        {
          pointer: filePointer(file.relativePath),
          message: `this deployment knows no table named ${file.relativePath}: there is no schemas/${expected}`,
        },
      ];
    const named = (file.data as { $schema?: unknown }).$schema;
    if (typeof named !== "string" || !named.endsWith(expected)) {
      return [
        {
          pointer: filePointer(file.relativePath, "/$schema"),
          message: `must name ${expected} (a file at ${file.relativePath} follows that schema), not ${JSON.stringify(named)}`,
        },
      ];
    }
    if (validate(file.data)) return [];
    return toSchemaErrors(validate.errors ?? []).errors.map((error) => ({
      ...error,
      pointer: filePointer(file.relativePath, error.pointer),
    }));
  });
}

/** What the files say together; run once every file follows its schema. */
export function crossFileProblems(
  version: string,
  files: readonly ReleaseFileData[],
  vocabulary: ReleaseVocabulary,
): SchemaError[] {
  const problems: SchemaError[] = [];
  const paths = new Set(files.map((file) => file.relativePath));
  const manifest = files.find((file) => file.relativePath === "release.json")?.data as { version?: string } | undefined;
  if (!manifest)
    problems.push({
      pointer: filePointer("release.json"),
      message: "is required: the release's manifest (version, effectiveFrom, description)",
    });
  else if (manifest.version !== version)
    problems.push({
      pointer: filePointer("release.json", "/version"),
      message: `is ${JSON.stringify(manifest.version)}, but the release is published as ${version}`,
    });
  // Evaluation families, code sets and KX thresholds are optional, as in older releases.
  for (const { file } of tableKinds.filter((kind) => kind.required)) {
    if (!paths.has(file))
      problems.push({ pointer: filePointer(file), message: "is required: the rules read this table" });
  }
  const ruleFiles = files.filter(
    (file) => file.relativePath.startsWith("rules/") && !isGoldenCasesPath(file.relativePath),
  );
  if (ruleFiles.length === 0) problems.push({ pointer: "/files", message: "hold no rule file (rules/<family>.json)" });
  for (const file of ruleFiles) {
    const cases = file.relativePath.replace(/\.json$/, ".cases.json");
    if (!paths.has(cases))
      problems.push({
        pointer: filePointer(cases),
        message: `is required: every rule file has golden cases beside it, and the worker runs them before accepting the release`,
      });
  }
  for (const path of paths) {
    if (isGoldenCasesPath(path) && !paths.has(path.replace(/\.cases\.json$/, ".json")))
      problems.push({ pointer: filePointer(path), message: "has no rule file beside it" });
  }
  const tables: TableFile[] = files
    .filter((file) => file.relativePath.startsWith("tables/"))
    .map((file) => ({ ...file, schema: expectedSchema(file.relativePath) }));
  const references = releaseReferences(tables);
  for (const problem of tableProblems(tables, references)) {
    // A warning (a table kind the checks do not know) is rules:check's to say; its schema was checked.
    if (problem.severity === "error")
      problems.push({ pointer: filePointer(problem.relativePath, problem.pointer), message: problem.message });
  }
  problems.push(...ruleProblems(ruleFiles, vocabulary, references));
  for (const file of files.filter((candidate) => !isGoldenCasesPath(candidate.relativePath))) {
    for (const { at, text } of servedStrings(file.data))
      problems.push(
        ...servedTextProblems(text).map((message) => ({ pointer: filePointer(file.relativePath, at), message })),
      );
  }
  return problems;
}
