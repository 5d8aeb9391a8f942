// What `npm run rules:publish` sends for a release folder: every file as parsed JSON by its path
// in the folder, with the hash the lock recorded. A folder missing from the lock or edited since
// it was cut is not sent: the server would refuse it, with a less helpful message.
import type { ReleasePublication } from "../../generated/types/release-publication.ts";
import type { ReleasesLock } from "./release-lock.ts";
import type { ReleaseFolder } from "./release-files.ts";

export function publicationOfFolder(
  folder: ReleaseFolder,
  lock: ReleasesLock,
  hashOf: (folder: ReleaseFolder) => string,
  activateAt?: string,
): ReleasePublication {
  const { version } = folder;
  const locked = lock.releases[version];
  if (!locked)
    throw new Error(
      `${version} is not in rules/releases.lock.json: releases are cut with npm run rules:release, never by copying a folder`,
    );
  if (hashOf(folder) !== locked.hash)
    throw new Error(
      `rules/releases/${version}/ was edited after it was cut (npm run rules:check names the file): a release never changes, cut a new version`,
    );
  const files = Object.fromEntries(
    folder.files.map((file) => [file.relativePath, file.data as Record<string, unknown>]),
  );
  return { version, hash: locked.hash, files, ...(activateAt ? { activateAt } : {}) };
}
