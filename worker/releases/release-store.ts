// The release store in Workers KV (binding RULES). Each published release is two keys: its
// content (`releases/<version>`, as the worker runs it, written once) and its publication record
// (`records/<version>`). A state change rewrites only the records it changes: two admins acting at
// once on different releases cannot overwrite each other, as they could with one shared index.
import type { BundledRelease } from "../rules/bundled-release.ts";
import type { PublicationRecord, ReleaseIndex } from "./release-states.ts";

const recordPrefix = "records/";
/** KV reads at most this many keys in one call. */
const keysPerRead = 100;

export function releaseKey(version: string): string {
  return `releases/${version}`;
}

export interface ReleaseStore {
  readIndex(): Promise<ReleaseIndex>;
  /** Writes the records that differ between the two indexes. */
  writeChanges(before: ReleaseIndex, after: ReleaseIndex): Promise<void>;
  readRelease(version: string): Promise<BundledRelease | undefined>;
  writeRelease(release: BundledRelease): Promise<void>;
}

export function kvReleaseStore(namespace: KVNamespace): ReleaseStore {
  return {
    async readIndex() {
      const names: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await namespace.list({ prefix: recordPrefix, ...(cursor ? { cursor } : {}) });
        names.push(...page.keys.map((key) => key.name));
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      const releases: Record<string, PublicationRecord> = {};
      for (let start = 0; start < names.length; start += keysPerRead) {
        const records = await namespace.get<PublicationRecord>(names.slice(start, start + keysPerRead), "json");
        for (const record of records.values()) if (record) releases[record.version] = record;
      }
      return { releases };
    },
    async writeChanges(before, after) {
      const changed = Object.values(after.releases).filter(
        (record) => JSON.stringify(record) !== JSON.stringify(before.releases[record.version]),
      );
      await Promise.all(
        changed.map((record) => namespace.put(`${recordPrefix}${record.version}`, JSON.stringify(record))),
      );
    },
    readRelease: async (version) => (await namespace.get<BundledRelease>(releaseKey(version), "json")) ?? undefined,
    writeRelease: (release) => namespace.put(releaseKey(release.version), JSON.stringify(release)),
  };
}
