// Reads the ruleset releases under rules/releases/ from disk (Node only): each file
// is validated against the schema its `$schema` names, and each release gets its content hash.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { projectRoot } from "./schema-files.ts";

export const releasesDirectory = join(projectRoot, "rules", "releases");

export interface ReleaseFile {
  /** Path inside the release folder, e.g. `tables/catalog.json`. */
  relativePath: string;
  absolutePath: string;
  /** The schema file the data names, resolved to a path under schemas/. */
  schemaPath: string | undefined;
  data: unknown;
}

export interface ReleaseFolder {
  version: string;
  directory: string;
  files: ReleaseFile[];
}

/** Problems found while reading a file: bad JSON, or no `$schema`. */
export class ReleaseFileError extends Error {
  /** The problem alone, without the file and pointer the message starts with. */
  readonly detail: string;
  constructor(readonly file: string, readonly pointer: string, message: string) {
    super(`${file}${pointer ? ` at ${pointer}` : ""}: ${message}`);
    this.detail = message;
  }
}

/** With `problems`, a file that is not JSON is recorded there and left out instead of thrown (rules:check reports them all). */
export function listReleaseFolders(directory = releasesDirectory, problems?: ReleaseFileError[]): ReleaseFolder[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readReleaseFolder(join(directory, entry.name), problems))
    .sort((a, b) => compareVersions(a.version, b.version));
}

export function readReleaseFolder(directory: string, problems?: ReleaseFileError[]): ReleaseFolder {
  const files: ReleaseFile[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    const absolutePath = join(entry.parentPath, entry.name);
    try {
      files.push(releaseFileFromText(directory, absolutePath, readFileSync(absolutePath, "utf8")));
    } catch (error) {
      if (!(problems && error instanceof ReleaseFileError)) throw error;
      problems.push(error);
    }
  }
  files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return { version: directory.split("/").pop() ?? directory, directory, files };
}

/** One release file from its text, without touching the disk (the rule tooling's tests read fixtures this way). */
export function releaseFileFromText(directory: string, absolutePath: string, text: string): ReleaseFile {
  const data = parseJsonText(text, absolutePath);
  const schemaReference = (data as { $schema?: unknown } | null)?.$schema;
  const schemaPath = typeof schemaReference === "string" ? resolve(dirname(absolutePath), schemaReference) : undefined;
  return { relativePath: relative(directory, absolutePath), absolutePath, schemaPath, data };
}

export function parseJsonFile(path: string): unknown {
  return parseJsonText(readFileSync(path, "utf8"), path);
}

function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new ReleaseFileError(relative(projectRoot, path), "", `not valid JSON${jsonErrorPlace(text, reason)} (${reason})`);
  }
}

/** " at line L, column C" when the parser's message tells where (engines word it differently). */
function jsonErrorPlace(text: string, reason: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(reason);
  const offset = position ? Number(position[1]) : /end of JSON input/.test(reason) ? text.length : undefined;
  if (offset === undefined) return "";
  const before = text.slice(0, offset).split("\n");
  return ` at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Golden cases are tests, not rules: they are not bundled into the worker nor hashed. */
export function isGoldenCasesFile(file: ReleaseFile): boolean {
  return file.relativePath.endsWith(".cases.json");
}

/** `sha256-` + base64 over every bundled file's path and canonical JSON, so formatting alone does not change it. */
export function releaseContentHash(folder: ReleaseFolder): string {
  const hash = createHash("sha256");
  for (const file of folder.files.filter((candidate) => !isGoldenCasesFile(candidate))) {
    hash.update(`${file.relativePath}\n${canonicalJson(file.data)}\n`);
  }
  return `sha256-${hash.digest("base64")}`;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
