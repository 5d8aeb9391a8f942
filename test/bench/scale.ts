// Section 2: the cost per encounter as the pair table grows (synthetic rows injected into a
// copy of the newest shipped release, compiled with compileRuleset) and as encounters grow.
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { BundledRelease } from "../../worker/rules/bundled-release.ts";
import { compileRuleset } from "../../worker/rules/compiled-ruleset.ts";
import { createRulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { validateEncounter } from "../../worker/validation/validate-encounter.ts";
import { generateCorpus, pairRowsOf } from "./corpus.ts";
import { corpusSeed } from "./in-process.ts";
import type { ReportRow } from "./report.ts";
import { syntheticPairRows } from "./synthetic-pairs.ts";
import { formatMicros, sampleCalls } from "./timing.ts";

const tableSizes = [1_000, 10_000, 100_000];
const serviceCounts = [1, 2, 4, 8, 16, 32, 50];

export async function scaleSection(): Promise<ReportRow[]> {
  const newest = [...bundledReleases].sort((a, b) =>
    b.manifest.effectiveFrom.localeCompare(a.manifest.effectiveFrom),
  )[0]!;
  const corpus = generateCorpus([newest], { seed: corpusSeed, count: 1000 });
  const rows: ReportRow[] = [];

  const withTables = tableSizes.map((size) => {
    const release = withPairRows(newest, size);
    const started = performance.now();
    compileRuleset(release);
    const compileMillis = performance.now() - started;
    return { size, registry: createRulesetRegistry([release]), compileMillis };
  });
  // Rounds alternate between the sizes, so drift in the machine's speed falls on all of them alike.
  const means = new Map<number, number[]>(tableSizes.map((size) => [size, []]));
  const medians = new Map<number, number[]>(tableSizes.map((size) => [size, []]));
  for (let round = 0; round < 5; round += 1) {
    for (const { size, registry } of withTables) {
      const sampled = await sampleCalls(corpus, (encounter) => validateEncounter(encounter, registry), {
        rounds: 1,
        warmupRounds: round === 0 ? 2 : 0,
      });
      means.get(size)!.push(sampled.meanMicros);
      medians.get(size)!.push(sampled.medianMicros);
    }
  }
  const costOf = (size: number) => middle(means.get(size)!);
  for (const { size, compileMillis } of withTables) {
    rows.push({
      section: "2 scale",
      measure: `Pair table of ${size.toLocaleString("en-US")} rows`,
      result: `mean ${formatMicros(costOf(size))}/enc, median ${formatMicros(middle(medians.get(size)!))}; compile ${compileMillis.toFixed(0)} ms`,
    });
  }
  const growth = costOf(tableSizes.at(-1)!) / costOf(tableSizes[0]!);
  rows.push({
    section: "2 scale",
    measure: "100,000 rows ÷ 1,000 rows, cost per encounter",
    result: `${growth.toFixed(2)}×`,
    target: "≤ 1.2×",
    met: growth <= 1.2,
  });

  const registry = createRulesetRegistry([newest]);
  const byServices: string[] = [];
  for (const services of serviceCounts) {
    const encounters = generateCorpus([newest], { seed: corpusSeed + services, count: 300, services });
    const sampled = await sampleCalls(encounters, (encounter) => validateEncounter(encounter, registry), {
      rounds: 3,
      warmupRounds: 1,
    });
    byServices.push(`${services}: ${formatMicros(sampled.medianMicros)}`);
  }
  rows.push({
    section: "2 scale",
    measure: "Median per encounter by services per encounter",
    result: byServices.join("; "),
  });
  return rows;
}

/** A copy of the release whose pair table is the shipped rows plus synthetic ones, `size` rows in all. */
export function withPairRows(release: BundledRelease, size: number): BundledRelease {
  const shipped = pairRowsOf(release);
  const realCodes = release.tables.catalog.codes.map((entry) => entry.code);
  const synthetic = syntheticPairRows(Math.max(0, size - shipped.length), realCodes, size);
  const edits = [...shipped, ...synthetic].sort(
    (a, b) =>
      a.column1.localeCompare(b.column1) ||
      a.column2.localeCompare(b.column2) ||
      a.effectiveDate.localeCompare(b.effectiveDate),
  );
  const tables = release.tables as unknown as Record<string, unknown>;
  const pairTable = (tables.ncciPtpEdits ?? {}) as Record<string, unknown>;
  return {
    ...release,
    tables: { ...release.tables, ncciPtpEdits: { ...pairTable, edits } } as BundledRelease["tables"],
  };
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
