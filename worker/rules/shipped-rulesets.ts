// The releases the build bundled, behind one registry per isolate (each release compiles once,
// on first use), and the releases published since (worker/releases/), read from the RULES store
// through the isolate's cache: what answers a request is `currentRulesets(env)`.
import type { Env } from "../env.ts";
import { bundledReleases } from "../generated/releases.ts";
import { createReleaseCache } from "../releases/release-cache.ts";
import { kvReleaseStore } from "../releases/release-store.ts";
import { createRulesetRegistry, type RulesetRegistry } from "./ruleset-registry.ts";

/** The bundled releases alone: the rule tooling and tests that need no store. */
export const shippedRulesets = createRulesetRegistry(bundledReleases);

export const releaseCache = createReleaseCache({ bundled: bundledReleases });

/** Bundled and published releases as this isolate last read them (at most 30 s ago). */
export function currentRulesets(env: Pick<Env, "RULES">): Promise<RulesetRegistry> {
  return releaseCache.registry(env.RULES ? kvReleaseStore(env.RULES) : undefined);
}
