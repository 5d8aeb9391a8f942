// The release store in Workers KV (binding RULES): one key per published release, holding it
// as the worker runs it, and one index of every publication and its state changes. A release is
// written once and never changed; only the index changes (publish, activate, roll back).
import type { BundledRelease } from "../rules/bundled-release.ts";
import { emptyIndex, type ReleaseIndex } from "./release-states.ts";

export const indexKey = "releases/index";

export function releaseKey(version: string): string {
  return `releases/${version}`;
}

export interface ReleaseStore {
  readIndex(): Promise<ReleaseIndex>;
  writeIndex(index: ReleaseIndex): Promise<void>;
  readRelease(version: string): Promise<BundledRelease | undefined>;
  writeRelease(release: BundledRelease): Promise<void>;
}

export function kvReleaseStore(namespace: KVNamespace): ReleaseStore {
  return {
    readIndex: async () => (await namespace.get<ReleaseIndex>(indexKey, "json")) ?? emptyIndex,
    writeIndex: (index) => namespace.put(indexKey, JSON.stringify(index)),
    readRelease: async (version) => (await namespace.get<BundledRelease>(releaseKey(version), "json")) ?? undefined,
    writeRelease: (release) => namespace.put(releaseKey(release.version), JSON.stringify(release)),
  };
}
