import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { createRulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { validateEncounter } from "../../worker/validation/validate-encounter.ts";
import { generateCorpus } from "../bench/corpus.ts";

describe("a ruleset's engine shared by evaluations in flight at once", () => {
  // An isolate answers concurrent requests; json-rules-engine keeps a run's status on the Engine,
  // so evaluations that share one could skip each other's rules.
  it("answers each encounter as it does when the encounters come one by one", async () => {
    const corpus = generateCorpus(bundledReleases, { seed: 5, count: 120 });
    const registry = createRulesetRegistry(bundledReleases);
    const oneByOne = [];
    for (const encounter of corpus) oneByOne.push(await validateEncounter(encounter, registry));
    // Staggered starts, so evaluations finish while others are half done.
    const atOnce = await Promise.all(
      corpus.map(async (encounter, index) => {
        for (let tick = 0; tick < (index * 7) % 40; tick += 1) await null;
        return validateEncounter(encounter, registry);
      }),
    );
    expect(atOnce).toEqual(oneByOne);
  });
});
