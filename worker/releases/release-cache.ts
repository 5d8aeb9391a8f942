// Each isolate's view of the published releases: the store is read at most once per refresh
// interval (30 s), a release is fetched once (it never changes) and compiled once, and whatever
// fails (the store unreachable, a release that will not load or compile) is logged and skipped:
// the last good registry answers, or the bundled releases alone. No request fails because of the store.
import type { BundledRelease } from "../rules/bundled-release.ts";
import {
  compiledRuleset,
  createRulesetRegistry,
  type PublishedEntry,
  type RulesetRegistry,
} from "../rules/ruleset-registry.ts";
import type { ReleaseStore } from "./release-store.ts";
import { releaseStates, type PublishedRelease } from "./release-states.ts";

export const refreshMilliseconds = 30_000;
/** A store slower than this is treated as unavailable: the request is answered, not kept waiting. */
export const storeTimeoutMilliseconds = 2_000;

export interface ReleaseCacheOptions {
  bundled: readonly BundledRelease[];
  /** Milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
  warn?: (event: Record<string, unknown>) => void;
  timeoutMilliseconds?: number;
}

export interface ReleaseCache {
  /** The registry as of the last read of the store, re-read first when that is older than the interval. */
  registry(store: ReleaseStore | undefined): Promise<RulesetRegistry>;
  /** The next call reads the store (after this isolate changed it). */
  invalidate(): void;
}

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([work, timeout]).finally(() => timer !== undefined && clearTimeout(timer));
}

const logWarning = (event: Record<string, unknown>) => console.warn(JSON.stringify({ level: "warn", ...event }));

export function createReleaseCache(options: ReleaseCacheOptions): ReleaseCache {
  const now = options.now ?? (() => Date.now());
  const warn = options.warn ?? logWarning;
  const bundledOnly = createRulesetRegistry(options.bundled);
  const loaded = new Map<string, BundledRelease>();
  let current: { registry: RulesetRegistry; readAt: number } | undefined;
  let reading: Promise<RulesetRegistry> | undefined;

  async function loadRelease(store: ReleaseStore, publication: PublishedRelease): Promise<BundledRelease | undefined> {
    const key = `${publication.version} ${publication.hash}`;
    const known = loaded.get(key) ?? options.bundled.find((release) => release.version === publication.version);
    if (known) {
      if (known.hash === publication.hash) return known;
      warn({
        event: "published-release-skipped",
        version: publication.version,
        reason: `the deployed code bundles ${publication.version} with hash ${known.hash}, not ${publication.hash}`,
      });
      return undefined;
    }
    try {
      const release = await withTimeout(
        store.readRelease(publication.version),
        options.timeoutMilliseconds ?? storeTimeoutMilliseconds,
      );
      if (!release) throw new Error("the store holds no such release");
      if (release.hash !== publication.hash)
        throw new Error(`the stored release has hash ${release.hash}, not ${publication.hash}`);
      compiledRuleset(release);
      loaded.set(key, release);
      return release;
    } catch (error) {
      warn({
        event: "published-release-skipped",
        version: publication.version,
        reason: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  }

  async function read(store: ReleaseStore, at: number): Promise<RulesetRegistry> {
    try {
      const index = await withTimeout(store.readIndex(), options.timeoutMilliseconds ?? storeTimeoutMilliseconds);
      const publications = releaseStates(index, new Date(at).toISOString());
      const entries: PublishedEntry[] = [];
      for (const publication of publications) {
        const release = await loadRelease(store, publication);
        if (release) entries.push({ release, publication });
      }
      current = { registry: createRulesetRegistry(options.bundled, entries), readAt: at };
    } catch (error) {
      warn({
        event: "release-store-unavailable",
        reason: error instanceof Error ? error.message : String(error),
        answering: current ? "the last good releases" : "the bundled releases",
      });
      // Tried again after the interval, not on every request while the store is down.
      current = { registry: current?.registry ?? bundledOnly, readAt: at };
    }
    return current.registry;
  }

  return {
    async registry(store) {
      if (!store) return bundledOnly;
      const at = now();
      if (current && at - current.readAt < refreshMilliseconds) return current.registry;
      reading ??= read(store, at).finally(() => {
        reading = undefined;
      });
      return reading;
    },
    invalidate() {
      if (current) current = { ...current, readAt: Number.NEGATIVE_INFINITY };
    },
  };
}
