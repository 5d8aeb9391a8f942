import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { BundledRelease } from "../../worker/rules/bundled-release.ts";
import { createReleaseCache } from "../../worker/releases/release-cache.ts";
import type { ReleaseStore } from "../../worker/releases/release-store.ts";
import { emptyIndex, type ReleaseIndex } from "../../worker/releases/release-states.ts";

const newest = bundledReleases.find((release) => release.version === "2026.4.0")!;
const published: BundledRelease = {
  ...newest,
  version: "2026.4.7",
  hash: "sha256-published",
  manifest: { ...newest.manifest, version: "2026.4.7", effectiveFrom: "2026-11-01" },
};
const activeIndex: ReleaseIndex = {
  releases: {
    "2026.4.7": {
      version: "2026.4.7",
      hash: "sha256-published",
      effectiveFrom: "2026-11-01",
      description: "test",
      publishedAt: "2026-11-01T00:00:00.000Z",
      publishedBy: "compliance",
      goldenCases: 1,
      activatedAt: "2026-11-01T00:00:00.000Z",
    },
  },
};

/** A store in memory that counts its reads and can be made to fail. */
function memoryStore(index: ReleaseIndex, releases: BundledRelease[] = [published]) {
  const state = { index, reads: 0, failing: false, releases };
  const store: ReleaseStore = {
    readIndex: async () => {
      state.reads += 1;
      if (state.failing) throw new Error("KV unavailable");
      return state.index;
    },
    writeChanges: async (_before, after) => {
      state.index = after;
    },
    readRelease: async (version) => state.releases.find((release) => release.version === version),
    writeRelease: async () => undefined,
  };
  return { store, state };
}

function clock(start = Date.parse("2026-11-20T10:00:00Z")) {
  const time = { now: start };
  return { time, now: () => time.now };
}

const answeringVersion = async (cache: ReturnType<typeof createReleaseCache>, store: ReleaseStore) =>
  (await cache.registry(store)).forDate("2026-11-16").version;

describe("the isolate's release cache", () => {
  it("reads the store at most once every 30 seconds", async () => {
    const { store, state } = memoryStore(emptyIndex);
    const { time, now } = clock();
    const cache = createReleaseCache({ bundled: bundledReleases, now, warn: () => undefined });
    expect(await answeringVersion(cache, store)).toBe("2026.4.0");
    state.index = activeIndex;
    time.now += 29_999;
    expect(await answeringVersion(cache, store)).toBe("2026.4.0");
    time.now += 1;
    expect(await answeringVersion(cache, store)).toBe("2026.4.7");
    expect(state.reads).toBe(2);
  });

  it("keeps answering with the last good releases while the store fails, and says so in a warning", async () => {
    const { store, state } = memoryStore(activeIndex);
    const { time, now } = clock();
    const warnings: Array<Record<string, unknown>> = [];
    const cache = createReleaseCache({ bundled: bundledReleases, now, warn: (event) => warnings.push(event) });
    expect(await answeringVersion(cache, store)).toBe("2026.4.7");
    state.failing = true;
    time.now += 31_000;
    expect(await answeringVersion(cache, store)).toBe("2026.4.7");
    expect(warnings).toEqual([
      expect.objectContaining({ event: "release-store-unavailable", answering: "the last good releases" }),
    ]);
  });

  it("does not keep a request waiting on a store that does not answer", async () => {
    const { store } = memoryStore(activeIndex);
    const warnings: Array<Record<string, unknown>> = [];
    const cache = createReleaseCache({
      bundled: bundledReleases,
      now: clock().now,
      warn: (event) => warnings.push(event),
      timeoutMilliseconds: 5,
    });
    expect(await answeringVersion(cache, { ...store, readIndex: () => new Promise(() => undefined) })).toBe("2026.4.0");
    expect(warnings).toEqual([expect.objectContaining({ reason: "the store did not answer within 5 ms" })]);
  });

  it("answers with the bundled releases when the store fails before anything was read", async () => {
    const { store, state } = memoryStore(activeIndex);
    state.failing = true;
    const cache = createReleaseCache({ bundled: bundledReleases, now: clock().now, warn: () => undefined });
    expect(await answeringVersion(cache, store)).toBe("2026.4.0");
  });

  it("skips a release whose content does not match its recorded hash, with a warning naming it", async () => {
    const { store } = memoryStore(activeIndex, [{ ...published, hash: "sha256-other" }]);
    const warnings: Array<Record<string, unknown>> = [];
    const cache = createReleaseCache({
      bundled: bundledReleases,
      now: clock().now,
      warn: (event) => warnings.push(event),
    });
    expect(await answeringVersion(cache, store)).toBe("2026.4.0");
    expect(warnings).toEqual([expect.objectContaining({ event: "published-release-skipped", version: "2026.4.7" })]);
  });

  it("reads the store on the next request after invalidate, whatever the time", async () => {
    const { store, state } = memoryStore(emptyIndex);
    const cache = createReleaseCache({ bundled: bundledReleases, now: clock().now, warn: () => undefined });
    await cache.registry(store);
    state.index = activeIndex;
    cache.invalidate();
    expect(await answeringVersion(cache, store)).toBe("2026.4.7");
  });
});
