// Jobs are validations too: while a release is in shadow, a chunk's encounters are also
// evaluated against it, as each is answered. A job may hold a million encounters, so only a
// sample is: at most shadowSamplePerChunk of a chunk, evenly spread by position, which bounds the
// extra work at a tenth of the job's own; the encounters the sample leaves out are counted so the
// report says so. The sample depends on positions alone: a retried chunk compares the same
// encounters, and its counts go in with the chunk's record, once (job-chunk-consumer.ts).
import type { BatchLine } from "../validation/validate-batch.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { compareWithShadows, comparableShadows, logShadowFailure } from "../releases/shadow-evaluation.ts";
import type { JobSample, ShadowComparison } from "../storage/release-shadow.ts";

export const shadowSamplePerChunk = 100;

export interface ChunkShadowCounts {
  comparisons: ShadowComparison[];
  samples: JobSample[];
}

export class ChunkShadowSample {
  readonly #comparisons: ShadowComparison[] = [];
  readonly #samples = new Map<string, JobSample>();
  readonly #registry: RulesetRegistry;
  readonly #tenant: string;
  readonly #every: number;

  /** `encounters`: how many the chunk holds. */
  constructor(registry: RulesetRegistry, tenant: string, encounters: number) {
    this.#registry = registry;
    this.#tenant = tenant;
    this.#every = Math.max(1, Math.ceil(encounters / shadowSamplePerChunk));
  }

  /** Takes the encounter at `position` in the chunk (0-based) and the answer it was given. */
  async observe(body: unknown, answer: BatchLine, position: number): Promise<void> {
    if (!("encounterId" in answer)) return; // a problem: nothing was evaluated
    try {
      const { dateOfService } = body as { dateOfService: string };
      const comparable = comparableShadows(this.#registry, dateOfService);
      if (comparable.length === 0) return;
      if (position % this.#every !== 0) {
        for (const shadow of comparable) this.#sampleOf(shadow.version).notSampled += 1;
        return;
      }
      const comparisons = await compareWithShadows([{ body, answer }], this.#registry, this.#tenant);
      for (const comparison of comparisons) this.#sampleOf(comparison.version).compared += 1;
      this.#comparisons.push(...comparisons);
    } catch (error) {
      // A release in shadow that fails on an encounter never fails the job: the answer stands.
      logShadowFailure(error, { source: "job" });
    }
  }

  counts(): ChunkShadowCounts {
    return { comparisons: this.#comparisons, samples: [...this.#samples.values()] };
  }

  #sampleOf(version: string): JobSample {
    const sample = this.#samples.get(version) ?? { version, compared: 0, notSampled: 0 };
    this.#samples.set(version, sample);
    return sample;
  }
}

/** A sample for the chunk, or none when no release is in shadow or the job is pinned to a release. */
export function chunkShadowSample(
  registry: RulesetRegistry,
  tenant: string,
  encounters: number,
  pinnedVersion: string | undefined,
): ChunkShadowSample | undefined {
  if (pinnedVersion || registry.inShadow().length === 0) return undefined;
  return new ChunkShadowSample(registry, tenant, encounters);
}
