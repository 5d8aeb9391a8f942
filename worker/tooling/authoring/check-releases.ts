// The release folders themselves: each has a manifest whose version is the folder's name,
// no two releases start on the same date, newer versions start later, every file sits where the
// build reads it and names the schema for that place, and the tables the worker needs are there.
import { error, warning, type AuthoringProblem } from "./authoring-problem.ts";
import type { ReleaseWindow } from "./check-golden-cases.ts";
import {
  displayPath,
  fileRole,
  isCalendarDate,
  manifestOf,
  schemaName,
  type FileRole,
  type ReleaseFolder,
} from "./release-files.ts";
import { tableKinds } from "../../releases/table-kinds.ts";

const schemaForRole: Partial<Record<FileRole, string>> = {
  manifest: "rules/release.schema.json",
  "rule-file": "rules/rule-file.schema.json",
  "golden-cases": "rules/golden-cases.schema.json",
};

/** `unreadable`: files (as reports name them) that exist but are not JSON, so are not reported missing too. */
export function checkReleaseFolders(
  folders: readonly ReleaseFolder[],
  root: string,
  unreadable: ReadonlySet<string> = new Set(),
): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const starts = new Map<string, string>();
  for (const folder of folders) {
    const directory = displayPath(root, folder.directory);
    const manifestPath = `${directory}/release.json`;
    const manifest = manifestOf(folder);
    if (!manifest) {
      problems.push(error(directory, "", "has no release.json (version, effectiveFrom, description)"));
    } else {
      if (typeof manifest.version === "string" && manifest.version !== folder.version) {
        problems.push(
          error(
            manifestPath,
            "/version",
            `version ${manifest.version} differs from the folder name ${folder.version}: rename one so they match`,
          ),
        );
      }
      const from = manifest.effectiveFrom;
      if (typeof from === "string" && isCalendarDate(from)) {
        const other = starts.get(from);
        if (other)
          problems.push(
            error(
              manifestPath,
              "/effectiveFrom",
              `${other} starts on the same date (${from}): which release answers that date would be ambiguous`,
            ),
          );
        starts.set(from, folder.version);
      }
    }
    for (const file of folder.files) problems.push(...checkPlacement(file, displayPath(root, file.absolutePath)));
    for (const kind of tableKinds.filter((candidate) => candidate.required)) {
      if (
        !folder.files.some((file) => file.relativePath.replace(/\\/g, "/") === kind.file) &&
        !unreadable.has(`${directory}/${kind.file}`)
      ) {
        problems.push(
          error(
            directory,
            "",
            `has no ${kind.file}: the worker needs it in every release (copy it from the previous release)`,
          ),
        );
      }
    }
  }
  problems.push(...checkOrder(folders, root));
  return problems;
}

function checkPlacement(file: ReleaseFolder["files"][number], path: string): AuthoringProblem[] {
  const role = fileRole(file);
  if (role === "other") {
    return [
      error(
        path,
        "",
        "the build reads only release.json, tables/*.json and rules/*.json (and rules/*.cases.json): this file would be ignored",
      ),
    ];
  }
  const schema = schemaName(file);
  if (!schema) return []; // schemaProblems reports a missing or unknown $schema
  const expected = schemaForRole[role];
  if (expected && schema !== expected)
    return [error(path, "/$schema", `a file here must name ${expected}, not ${schema}`)];
  if (role === "table" && Object.values(schemaForRole).includes(schema))
    return [error(path, "/$schema", `${schema} is not a table schema: rule files and golden cases go in rules/`)];
  return [];
}

/** Versions and start dates must sort the same way, or "the newest release" means two things. */
function checkOrder(folders: readonly ReleaseFolder[], root: string): AuthoringProblem[] {
  const dated = folders.flatMap((folder) => {
    const from = manifestOf(folder)?.effectiveFrom;
    return isCalendarDate(from) ? [{ folder, from }] : [];
  });
  const problems: AuthoringProblem[] = [];
  for (let index = 1; index < dated.length; index += 1) {
    const previous = dated[index - 1]!;
    const current = dated[index]!;
    if (current.from < previous.from) {
      problems.push(
        error(
          `${displayPath(root, current.folder.directory)}/release.json`,
          "/effectiveFrom",
          `${current.folder.version} starts (${current.from}) before the older version ${previous.folder.version} (${previous.from})`,
        ),
      );
    }
  }
  if (folders.length === 0) problems.push(warning("rules/releases", "", "no release folders found"));
  return problems;
}

/** The dates each release answers: from its effectiveFrom until the next release's. */
export function releaseWindows(folders: readonly ReleaseFolder[]): Map<string, ReleaseWindow> {
  const dated = folders
    .flatMap((folder) => {
      const from = manifestOf(folder)?.effectiveFrom;
      return isCalendarDate(from) ? [{ version: folder.version, from }] : [];
    })
    .sort((a, b) => a.from.localeCompare(b.from));
  return new Map(
    dated.map((release, index) => {
      const next = dated[index + 1];
      const previous = dated[index - 1];
      return [
        release.version,
        {
          from: release.from,
          ...(next ? { until: next.from, nextVersion: next.version } : {}),
          ...(previous ? { previousVersion: previous.version } : {}),
        },
      ];
    }),
  );
}
