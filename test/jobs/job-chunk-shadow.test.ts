import { describe, expect, it } from "vitest";
import { ChunkShadowSample, chunkShadowSample, shadowSamplePerChunk } from "../../worker/jobs/job-chunk-shadow.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import type { RulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { validateEncounter } from "../../worker/validation/validate-encounter.ts";
import { pairEncounter, registryWithShadow } from "../helpers/published-release.ts";

/** Answers each encounter as a job does (by the active releases) and hands it to the sample in order. */
async function observeAll(sample: ChunkShadowSample, registry: RulesetRegistry, bodies: unknown[]): Promise<void> {
  for (const [position, body] of bodies.entries())
    await sample.observe(body, await validateEncounter(body, registry), position);
}

const pairVisits = (count: number, dateOfService = pairEncounter.dateOfService) =>
  Array.from({ length: count }, (_, index) => ({ ...pairEncounter, encounterId: `job-pair-${index}`, dateOfService }));

describe("a job chunk's shadow sample", () => {
  it("compares every encounter of a chunk of 100 or fewer, with the differences the release in shadow makes", async () => {
    const registry = await registryWithShadow();
    const sample = new ChunkShadowSample(registry, "tenant-a", 3);
    await observeAll(sample, registry, pairVisits(3));
    const { comparisons, samples } = sample.counts();
    expect(samples).toEqual([{ version: "2026.4.7", compared: 3, notSampled: 0 }]);
    expect(comparisons.map((comparison) => comparison.encounterId)).toEqual(["job-pair-0", "job-pair-1", "job-pair-2"]);
    expect(comparisons[0]).toMatchObject({ version: "2026.4.7", tenant: "tenant-a" });
    expect(comparisons[0]!.differences).toContainEqual({ kind: "status", detail: "pass → fail" });
  });

  it(`compares at most ${shadowSamplePerChunk} encounters of a chunk of 1,000, evenly spread, and counts the rest as not sampled`, async () => {
    const registry = await registryWithShadow();
    const sample = new ChunkShadowSample(registry, "tenant-a", 1000);
    await observeAll(sample, registry, pairVisits(1000));
    const { comparisons, samples } = sample.counts();
    expect(samples).toEqual([{ version: "2026.4.7", compared: 100, notSampled: 900 }]);
    expect(comparisons.slice(0, 3).map((comparison) => comparison.encounterId)).toEqual([
      "job-pair-0",
      "job-pair-10",
      "job-pair-20",
    ]);
  });

  it("leaves out encounters dated before the release in shadow starts, and lines answered with a problem", async () => {
    const registry = await registryWithShadow();
    const sample = new ChunkShadowSample(registry, "tenant-a", 3);
    await observeAll(sample, registry, pairVisits(1, "2026-10-20"));
    await sample.observe({ encounterId: "broken" }, { type: "about:blank", title: "x", status: 422 } as never, 1);
    expect(sample.counts()).toEqual({ comparisons: [], samples: [] });
  });

  it("takes no sample for a job pinned to a release, or while no release is in shadow", async () => {
    const registry = await registryWithShadow();
    expect(chunkShadowSample(registry, "tenant-a", 10, "2026.4.0")).toBeUndefined();
    expect(chunkShadowSample(shippedRulesets, "tenant-a", 10, undefined)).toBeUndefined();
    expect(chunkShadowSample(registry, "tenant-a", 10, undefined)).toBeInstanceOf(ChunkShadowSample);
  });
});
