// Shipped releases are immutable: each one's content hash is recorded in rules/releases.lock.json
// when it is cut, and rules:check fails, naming the release, when its folder no longer matches.
import type { ReleasesLock } from "../../generated/types/rules/releases-lock.ts";
import { error, type AuthoringProblem } from "./authoring-problem.ts";
import { displayPath, manifestOf, type ReleaseFolder } from "./release-files.ts";

export type { ReleasesLock };

export const lockFileName = "rules/releases.lock.json";

export function checkLock(
  folders: readonly ReleaseFolder[],
  lock: ReleasesLock | undefined,
  hashOf: (folder: ReleaseFolder) => string,
  root: string,
): AuthoringProblem[] {
  if (!lock)
    return folders.length
      ? [
          error(
            lockFileName,
            "",
            "is missing: it records each release's content hash (npm run rules:release writes it)",
          ),
        ]
      : [];
  const problems: AuthoringProblem[] = [];
  for (const folder of folders) {
    const where = displayPath(root, folder.directory);
    const locked = lock.releases[folder.version];
    if (!locked) {
      problems.push(
        error(
          where,
          "",
          `release ${folder.version} is not in ${lockFileName}: releases are cut with \`npm run rules:release\`, never by copying a folder (move your edits to rules/source/ and cut the release)`,
        ),
      );
      continue;
    }
    const hash = hashOf(folder);
    if (hash !== locked.hash) {
      problems.push(
        error(
          where,
          "",
          `release ${folder.version} was changed after it shipped (its content hash is ${hash}, ${lockFileName} says ${locked.hash}). Shipped releases keep answering their dates exactly as before: undo the edit (git checkout -- ${where}), make the change in rules/source/ and cut a new release with npm run rules:release`,
        ),
      );
    }
    const effectiveFrom = manifestOf(folder)?.effectiveFrom;
    if (effectiveFrom !== locked.effectiveFrom) {
      problems.push(
        error(
          `${where}/release.json`,
          "/effectiveFrom",
          `release ${folder.version} starts on ${String(effectiveFrom)} but ${lockFileName} says ${locked.effectiveFrom}`,
        ),
      );
    }
  }
  for (const version of Object.keys(lock.releases)) {
    if (!folders.some((folder) => folder.version === version)) {
      problems.push(
        error(
          lockFileName,
          `/releases/${version}`,
          `release ${version} is locked but its folder rules/releases/${version}/ is missing: a shipped release is never deleted (restore it with git)`,
        ),
      );
    }
  }
  return problems;
}
