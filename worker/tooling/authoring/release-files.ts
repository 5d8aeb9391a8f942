// How the rule tooling reads a release folder: which file is the manifest, a table, a rule
// file or golden cases, which schema it names, and how a report names it.
import type { ReleaseFile, ReleaseFolder } from "../cli/release-folders.ts";
import { isRecord } from "../../releases/table-rows.ts";

export { isCalendarDate, isRecord } from "../../releases/table-rows.ts";
export { dayBefore } from "../../validation/calendar-date.ts";

export type { ReleaseFile, ReleaseFolder };

export type FileRole = "manifest" | "table" | "rule-file" | "golden-cases" | "other";

export function fileRole(file: ReleaseFile): FileRole {
  const path = file.relativePath.replace(/\\/g, "/");
  if (path === "release.json") return "manifest";
  if (/^tables\/[^/]+\.json$/.test(path)) return "table";
  if (/^rules\/[^/]+\.cases\.json$/.test(path)) return "golden-cases";
  if (/^rules\/[^/]+\.json$/.test(path)) return "rule-file";
  return "other";
}

/** The schema a file names, as a path under schemas/ (`rules/catalog.schema.json`). */
export function schemaName(file: ReleaseFile): string | undefined {
  const path = file.schemaPath?.replace(/\\/g, "/");
  const index = path?.lastIndexOf("/schemas/") ?? -1;
  return index === -1 ? undefined : path!.slice(index + "/schemas/".length);
}

/** The path a report shows: from the project root. */
export function displayPath(root: string, absolutePath: string): string {
  const base = root.endsWith("/") ? root : `${root}/`;
  return absolutePath.startsWith(base) ? absolutePath.slice(base.length) : absolutePath;
}

export function filesWithRole(folder: ReleaseFolder, role: FileRole): ReleaseFile[] {
  return folder.files.filter((file) => fileRole(file) === role);
}

export function manifestOf(folder: ReleaseFolder): Record<string, unknown> | undefined {
  const file = folder.files.find((candidate) => fileRole(candidate) === "manifest");
  return file && isRecord(file.data) ? file.data : undefined;
}

/** The golden cases beside a rule file: `units.json` → `units.cases.json`. */
export function casesPathFor(ruleFile: ReleaseFile): string {
  return ruleFile.relativePath.replace(/\.json$/, ".cases.json");
}
