// The shadow report's counts in D1 (0006_release_shadow.sql): one row per release, kind and
// detail, counted up by each validation that showed it, with its first few encounterIds. Besides
// the kinds of difference, totals per release: `compared`, `differing`, and for jobs, which are
// sampled, `jobs-compared` (also in `compared`) and `jobs-not-sampled`.
import type { ShadowDifference } from "../generated/types/shadow-report.ts";
import type { Difference } from "../releases/shadow-differences.ts";

export const maxExamples = 5;

export interface ShadowComparison {
  version: string;
  tenant: string;
  encounterId: string;
  differences: readonly Difference[];
}

/** Job encounters in a release's dates of service, compared or left out by the sample (job-chunk-shadow.ts). */
export interface JobSample {
  version: string;
  compared: number;
  notSampled: number;
}

/** A chunk's counts go in once: in the transaction that records the chunk, and only if it was not recorded before. */
export interface OnceForChunk {
  jobId: string;
  chunk: number;
}

interface Tally {
  version: string;
  kind: string;
  detail: string;
  count: number;
  examples: Array<{ tenant: string; encounterId: string }>;
}

// Adds a tally to its row: counts add up, examples are appended (in order, none twice) while
// fewer than maxExamples are kept. With a job chunk bound (?7, ?8), nothing is added once that
// chunk is in job_chunks: a chunk the queue delivers again never counts twice.
const upsert = `INSERT INTO release_shadow_differences (version, kind, detail, count, examples, first_seen_at, last_seen_at)
SELECT ?1, ?2, ?3, ?4, json(?5), ?6, ?6
 WHERE NOT EXISTS (SELECT 1 FROM job_chunks WHERE job_id = ?7 AND chunk = ?8)
ON CONFLICT (version, kind, detail) DO UPDATE SET
  count = count + excluded.count,
  last_seen_at = excluded.last_seen_at,
  examples = (
    SELECT json_group_array(json(value)) FROM (
      SELECT value FROM (
        SELECT value, 0 AS source, key AS position FROM json_each(release_shadow_differences.examples)
        UNION ALL
        SELECT value, 1, key FROM json_each(excluded.examples)
         WHERE value NOT IN (SELECT value FROM json_each(release_shadow_differences.examples))
      ) ORDER BY source, position LIMIT ${maxExamples}
    )
  )`;

export async function recordShadowComparisons(
  db: D1Database,
  comparisons: readonly ShadowComparison[],
  at: string,
): Promise<void> {
  const statements = shadowStatements(db, comparisons, [], at);
  if (statements.length > 0) await db.batch(statements);
}

/** The statements adding comparisons (and a job chunk's sample) to the report, a row per release, kind and detail. */
export function shadowStatements(
  db: D1Database,
  comparisons: readonly ShadowComparison[],
  samples: readonly JobSample[],
  at: string,
  once?: OnceForChunk,
): D1PreparedStatement[] {
  return tally(comparisons, samples).map((row) =>
    db
      .prepare(upsert)
      .bind(
        row.version,
        row.kind,
        row.detail,
        row.count,
        JSON.stringify(row.examples),
        at,
        once?.jobId ?? null,
        once?.chunk ?? null,
      ),
  );
}

function tally(comparisons: readonly ShadowComparison[], samples: readonly JobSample[]): Tally[] {
  const rows = new Map<string, Tally>();
  const add = (version: string, kind: string, detail: string, count: number, example?: Tally["examples"][number]) => {
    const key = JSON.stringify([version, kind, detail]);
    const row = rows.get(key) ?? { version, kind, detail, count: 0, examples: [] };
    row.count += count;
    const isNew =
      example &&
      !row.examples.some((kept) => kept.encounterId === example.encounterId && kept.tenant === example.tenant);
    if (example && isNew && row.examples.length < maxExamples) row.examples.push(example);
    rows.set(key, row);
  };
  for (const comparison of comparisons) {
    const example = { tenant: comparison.tenant, encounterId: comparison.encounterId };
    // Besides each difference, two totals per release: every comparison, and those that differed.
    add(comparison.version, "compared", "", 1, example);
    if (comparison.differences.length === 0) continue;
    add(comparison.version, "differing", "", 1, example);
    for (const difference of uniqueDifferences(comparison.differences))
      add(comparison.version, difference.kind, difference.detail, 1, example);
  }
  for (const sample of samples) {
    if (sample.compared > 0) add(sample.version, "jobs-compared", "", sample.compared);
    if (sample.notSampled > 0) add(sample.version, "jobs-not-sampled", "", sample.notSampled);
  }
  return [...rows.values()];
}

function uniqueDifferences(differences: readonly Difference[]): Difference[] {
  const seen = new Set<string>();
  return differences.filter((difference) => {
    const key = `${difference.kind} ${difference.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ShadowCounts {
  compared: number;
  differing: number;
  jobs: { compared: number; notSampled: number };
  differences: ShadowDifference[];
}

/** Rows that are totals, not kinds of difference. */
const totals = new Set(["compared", "differing", "jobs-compared", "jobs-not-sampled"]);

export async function readShadowCounts(db: D1Database, version: string): Promise<ShadowCounts> {
  const { results } = await db
    .prepare(
      "SELECT kind, detail, count, examples FROM release_shadow_differences WHERE version = ? ORDER BY count DESC, kind, detail",
    )
    .bind(version)
    .all<{ kind: string; detail: string; count: number; examples: string }>();
  const total = (kind: string) => results.find((row) => row.kind === kind)?.count ?? 0;
  return {
    compared: total("compared"),
    differing: total("differing"),
    jobs: { compared: total("jobs-compared"), notSampled: total("jobs-not-sampled") },
    differences: results
      .filter((row) => !totals.has(row.kind))
      .map((row) => ({
        kind: row.kind as ShadowDifference["kind"],
        detail: row.detail,
        count: row.count,
        examples: JSON.parse(row.examples) as ShadowDifference["examples"],
      })),
  };
}
