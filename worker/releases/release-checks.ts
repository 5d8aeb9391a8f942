// What the worker checks in a published release's files before it runs anything, with the code
// it is deployed with: each file against its schema (validators compiled at build time: nothing is
// compiled at run time), then what the files say together: the manifest's version, the tables the
// rules need, golden cases beside every rule file, rule ids used once, only facts, params and
// operators this deployment has, and served text that cites public documents only. Each problem carries its JSON pointer into the request body.
import type { SchemaError } from "../errors/problem-error.ts";
import type { ValidateFunction } from "ajv";
import { conditionLeaves } from "../rules/condition-tree.ts";
import { servedStrings, servedTextProblems } from "../rules/served-text.ts";
import { toSchemaErrors } from "../validation/schema-errors.ts";
import { isGoldenCasesPath } from "./release-hash.ts";
import type { ReleaseFileData } from "./release-from-files.ts";

export interface ReleaseVocabulary {
  /** Fact names this deployment registers, each with its params validator when it takes params. */
  facts: ReadonlyMap<string, { params?: ValidateFunction }>;
  isKnownOperator(name: string): boolean;
}

export interface ReleaseValidators {
  /** By the schema's path under schemas/ (`rules/catalog.schema.json`). */
  ruleData: Readonly<Record<string, ValidateFunction>>;
}

/** The tables every release needs (evaluation families and code sets are optional, as in older releases). */
export const requiredTables = [
  "catalog",
  "payer-profiles",
  "time-units",
  "disciplines",
  "ncci-ptp-edits",
  "modifiers",
  "mue",
] as const;

export function filePointer(relativePath: string, inner = ""): string {
  return `/files/${relativePath.replace(/~/g, "~0").replace(/\//g, "~1")}${inner}`;
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
  for (const table of requiredTables) {
    if (!paths.has(`tables/${table}.json`))
      problems.push({
        pointer: filePointer(`tables/${table}.json`),
        message: "is required: the rules read this table",
      });
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
  const seenIds = new Map<string, string>();
  for (const file of ruleFiles) {
    const rules = (file.data as { rules: Array<Record<string, unknown>> }).rules;
    rules.forEach((rule, index) => {
      const at = `/rules/${index}`;
      const earlier = seenIds.get(String(rule.id));
      if (earlier)
        problems.push({
          pointer: filePointer(file.relativePath, `${at}/id`),
          message: `rule id "${String(rule.id)}" is already used at ${earlier}`,
        });
      else seenIds.set(String(rule.id), filePointer(file.relativePath, at));
      for (const use of factUses(rule, at)) problems.push(...vocabularyProblems(file.relativePath, use, vocabulary));
    });
  }
  for (const file of files.filter((candidate) => !isGoldenCasesPath(candidate.relativePath))) {
    for (const { at, text } of servedStrings(file.data))
      problems.push(
        ...servedTextProblems(text).map((message) => ({ pointer: filePointer(file.relativePath, at), message })),
      );
  }
  return problems;
}

interface FactUse {
  at: string;
  node: Record<string, unknown>;
  /** A condition (with an operator), not a forEach. */
  condition: boolean;
}

/** The rule's forEach and every leaf condition of its `when` tree, each with its pointer. */
function factUses(rule: Record<string, unknown>, at: string): FactUse[] {
  const uses: FactUse[] = [];
  if (isRecord(rule.forEach)) uses.push({ at: `${at}/forEach`, node: rule.forEach, condition: false });
  for (const leaf of conditionLeaves(rule.when, `${at}/when`))
    uses.push({ at: leaf.at, node: leaf.condition, condition: true });
  return uses;
}

function vocabularyProblems(path: string, use: FactUse, vocabulary: ReleaseVocabulary): SchemaError[] {
  const name = String(use.node.fact);
  const problems: SchemaError[] = [];
  const fact = vocabulary.facts.get(name);
  if (!fact)
    problems.push({
      pointer: filePointer(path, `${use.at}/fact`),
      message: `unknown fact "${name}": the deployed code has no such fact (a new fact needs a deploy first)`,
    });
  const params = use.node.params;
  if (fact && params !== undefined) {
    if (!fact.params)
      problems.push({ pointer: filePointer(path, `${use.at}/params`), message: `fact "${name}" takes no params` });
    else if (!fact.params(params)) {
      problems.push(
        ...toSchemaErrors(fact.params.errors ?? []).errors.map((error) => ({
          ...error,
          pointer: filePointer(path, `${use.at}/params${error.pointer}`),
          message: `${error.message} (a param of fact "${name}")`,
        })),
      );
    }
  }
  const operator = use.node.operator;
  if (use.condition && typeof operator === "string" && !vocabulary.isKnownOperator(operator)) {
    problems.push({
      pointer: filePointer(path, `${use.at}/operator`),
      message: `unknown operator "${operator}": the deployed code has no such operator`,
    });
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
