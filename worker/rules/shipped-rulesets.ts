// The releases the build bundled, behind one registry per isolate: each release compiles
// once, on first use, and then answers every request.
import { bundledReleases } from "../generated/releases.ts";
import { createRulesetRegistry } from "./ruleset-registry.ts";

export const shippedRulesets = createRulesetRegistry(bundledReleases);
