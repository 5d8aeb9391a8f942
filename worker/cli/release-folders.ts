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
  constructor(readonly file: string, readonly pointer: string, message: string) {
    super(`${file}${pointer ? ` at ${pointer}` : ""}: ${message}`);
  }
}

export function listReleaseFolders(directory = releasesDirectory): ReleaseFolder[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readReleaseFolder(join(directory, entry.name)))
    .sort((a, b) => compareVersions(a.version, b.version));
}

export function readReleaseFolder(directory: string): ReleaseFolder {
  const files: ReleaseFile[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    const absolutePath = join(entry.parentPath, entry.name);
    const relativePath = relative(directory, absolutePath);
    const data = parseJsonFile(absolutePath);
    const schemaReference = (data as { $schema?: unknown }).$schema;
    const schemaPath = typeof schemaReference === "string" ? resolve(dirname(absolutePath), schemaReference) : undefined;
    files.push({ relativePath, absolutePath, schemaPath, data });
  }
  files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return { version: directory.split("/").pop() ?? directory, directory, files };
}

export function parseJsonFile(path: string): unknown {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReleaseFileError(relative(projectRoot, path), "", `not valid JSON (${(error as Error).message})`);
  }
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
