// Reads the ruleset releases under rules/releases/ from disk (Node only): each file
// is validated against the schema its `$schema` names, and each release gets its content hash.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { canonicalJson, hashedText, isGoldenCasesPath } from "../../releases/release-hash.ts";
import { projectRoot } from "./schema-files.ts";

export const releasesDirectory = join(projectRoot, "rules", "releases");
/** The one tree authors edit; releases are generated from it by `npm run rules:release`. */
export const sourceDirectory = join(projectRoot, "rules", "source");
/** Each shipped release's content hash: a release folder that no longer matches it was edited after release. */
export const lockPath = join(projectRoot, "rules", "releases.lock.json");
/** The version name the rule tooling gives the source tree, and `?ruleset=` pins in local development. */
export const sourceVersion = "source";

export interface ReleaseFile {
  /** Path inside the release folder, e.g. `tables/catalog.json`. */
  relativePath: string;
  absolutePath: string;
  /** The schema file the data names, resolved to a path under schemas/. */
  schemaPath: string | undefined;
  data: unknown;
  /** The file as written, so reports can give the line and column of a JSON pointer. */
  text?: string;
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
  constructor(
    readonly file: string,
    readonly pointer: string,
    message: string,
    readonly place?: { line: number; column: number },
  ) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ""}${pointer ? ` at ${pointer}` : ""}: ${message}`);
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

export function readReleaseFolder(
  directory: string,
  problems?: ReleaseFileError[],
  version = directory.split("/").pop() ?? directory,
): ReleaseFolder {
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
  return { version, directory, files };
}

/** One release file from its text, without touching the disk (the rule tooling's tests read fixtures this way). */
export function releaseFileFromText(directory: string, absolutePath: string, text: string): ReleaseFile {
  const data = parseJsonText(text, absolutePath);
  const schemaReference = (data as { $schema?: unknown } | null)?.$schema;
  const schemaPath = typeof schemaReference === "string" ? resolve(dirname(absolutePath), schemaReference) : undefined;
  return { relativePath: relative(directory, absolutePath), absolutePath, schemaPath, data, text };
}

export function parseJsonFile(path: string): unknown {
  return parseJsonText(readFileSync(path, "utf8"), path);
}

function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message names neither line nor column on every engine; jsonc-parser does, strictly.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const place = first ? placeOf(text, first.offset) : undefined;
    const reason = first
      ? (parseErrorWords[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error))
      : "it does not parse";
    throw new ReleaseFileError(
      displayName(path),
      "",
      `not valid JSON: ${reason}. Fix this first; the other checks run once every file parses`,
      place,
    );
  }
}

const parseErrorWords: Record<string, string> = {
  InvalidSymbol: "a character that JSON does not allow",
  InvalidNumberFormat: "a number written in a way JSON does not allow",
  PropertyNameExpected: "a field name in double quotes was expected (a comma after the last field?)",
  ValueExpected: "a value was expected (a comma after the last item, or two commas in a row?)",
  ColonExpected: "a colon was expected after the field name",
  CommaExpected: "a comma was expected between two items",
  CloseBraceExpected: "a closing } is missing",
  CloseBracketExpected: "a closing ] is missing",
  EndOfFileExpected: "the text goes on after the JSON ends",
  InvalidCommentToken: "JSON does not allow comments",
  UnexpectedEndOfComment: "JSON does not allow comments",
  UnexpectedEndOfString: "a text value is missing its closing double quote",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape after a backslash",
  InvalidCharacter: "a character that must be escaped inside text (a line break or tab?)",
};

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** From the project root when inside it, else as given (a copy of the rules elsewhere). */
function displayName(path: string): string {
  const fromRoot = relative(projectRoot, path);
  return fromRoot.startsWith("..") ? path : fromRoot;
}

/** Golden cases are tests, not rules: they are not bundled into the worker nor hashed. */
export function isGoldenCasesFile(file: ReleaseFile): boolean {
  return isGoldenCasesPath(file.relativePath);
}

/** `sha256-` + base64 over every bundled file's path and canonical JSON, so formatting alone does not change it. */
export function releaseContentHash(folder: ReleaseFolder): string {
  return `sha256-${createHash("sha256").update(hashedText(folder.files)).digest("base64")}`;
}

export { canonicalJson };

export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** rules/source/ as a release the tooling can run: its own files plus a manifest (the source has none). */
export function sourceAsRelease(
  source: ReleaseFolder,
  manifest: { version: string; effectiveFrom: string; description: string },
): ReleaseFolder {
  const data = { $schema: "../../../schemas/rules/release.schema.json", ...manifest };
  const file: ReleaseFile = {
    relativePath: "release.json",
    absolutePath: join(source.directory, "release.json"),
    schemaPath: join(projectRoot, "schemas", "rules", "release.schema.json"),
    data,
  };
  return { version: manifest.version, directory: source.directory, files: [file, ...source.files] };
}

/** The source as `?ruleset=source` and the tooling see it: answering every date it carries rows for. */
export const sourceManifest = {
  version: sourceVersion,
  effectiveFrom: "1900-01-01",
  description: "rules/source/ as it stands: not released (local development only).",
};
