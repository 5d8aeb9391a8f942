// A release is a snapshot of rules/source/ at the moment it is cut: the same tables and rule files
// (their `$schema` paths one folder deeper), a manifest saying from when it answers and what
// changed, and a copy of the golden cases it passed, which keep testing it as it was.
import releaseSchema from "../../../schemas/rules/release.schema.json";
import { error, type AuthoringProblem } from "./authoring-problem.ts";
import { fileRole, isCalendarDate, manifestOf, type ReleaseFolder } from "./release-files.ts";
import { servedTextProblems } from "../../rules/served-text.ts";

export interface ReleaseRequest {
  version: string;
  effectiveFrom: string;
  notes: string;
}

export interface CutRelease {
  /** Files to write under rules/releases/<version>/, by path inside it. */
  files: Array<{ relativePath: string; data: unknown; text: string }>;
}

// The release schema's own pattern (year.quarter.revision, quarter 1 to 4), so the command never writes a release rules:check refuses.
const versionPattern = new RegExp(releaseSchema.properties.version.pattern);

/** What stops the release being cut: a bad or taken version, a start date not after the newest release's, empty notes. */
export function releaseRequestProblems(
  request: ReleaseRequest,
  releases: readonly ReleaseFolder[],
  compareVersions: (a: string, b: string) => number,
): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const where = `rules/releases/${request.version}`;
  if (!versionPattern.test(request.version))
    problems.push(
      error(
        where,
        "",
        `"${request.version}" is not a version: write year.quarter.revision with a quarter from 1 to 4, e.g. 2027.1.0`,
      ),
    );
  if (releases.some((folder) => folder.version === request.version))
    problems.push(
      error(where, "", `release ${request.version} already exists and is immutable: choose the next version`),
    );
  const newest = [...releases].sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (newest && versionPattern.test(request.version) && compareVersions(request.version, newest.version) <= 0) {
    problems.push(error(where, "", `version ${request.version} must come after the newest release, ${newest.version}`));
  }
  if (!isCalendarDate(request.effectiveFrom)) {
    problems.push(
      error(
        where,
        "/effectiveFrom",
        `--effective needs the first date of service the release answers, written YYYY-MM-DD (a real date), not "${request.effectiveFrom}"`,
      ),
    );
  } else {
    const newestStart = releases
      .map((folder) => manifestOf(folder)?.effectiveFrom)
      .filter(isCalendarDate)
      .sort()
      .at(-1);
    if (newestStart && request.effectiveFrom <= newestStart) {
      problems.push(
        error(
          where,
          "/effectiveFrom",
          `the release must start after ${newestStart}, when the newest release starts: older dates of service keep the answers already given`,
        ),
      );
    }
  }
  if (request.notes.trim().length < 10)
    problems.push(
      error(
        where,
        "/description",
        `--notes must say what changed, in words a biller understands (what the API serves as the release's description)`,
      ),
    );
  problems.push(
    ...servedTextProblems(request.notes).map((message) => error(where, "/description", `--notes ${message}`)),
  );
  return problems;
}

export function cutRelease(source: ReleaseFolder, request: ReleaseRequest): CutRelease {
  const manifest = {
    $schema: "../../../schemas/rules/release.schema.json",
    version: request.version,
    effectiveFrom: request.effectiveFrom,
    description: request.notes.trim(),
  };
  const files: CutRelease["files"] = [
    { relativePath: "release.json", data: manifest, text: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
  for (const file of source.files) {
    const role = fileRole(file);
    if (role !== "table" && role !== "rule-file" && role !== "golden-cases") continue;
    const data = file.data as Record<string, unknown>;
    const schema = typeof data.$schema === "string" ? data.$schema : undefined;
    const deeper = schema && !/^[a-z]+:/.test(schema) ? `../${schema}` : schema;
    const moved = { ...data, ...(deeper ? { $schema: deeper } : {}) };
    // The author's formatting is kept (one pair edit per line reads better than JSON.stringify's).
    const text =
      file.text && schema
        ? file.text.replace(`"$schema": ${JSON.stringify(schema)}`, `"$schema": ${JSON.stringify(deeper)}`)
        : `${JSON.stringify(moved, null, 2)}\n`;
    files.push({ relativePath: file.relativePath, data: moved, text });
  }
  return { files };
}
