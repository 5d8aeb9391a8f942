// The shadow report's counts in D1 (0006_release_shadow.sql): one row per release, kind and
// detail, counted up by each validation that showed it, with its first few encounterIds.
import type { ShadowDifference } from "../generated/types/shadow-report.ts";
import type { Difference } from "../releases/shadow-differences.ts";

export const maxExamples = 5;

export interface ShadowComparison {
  version: string;
  tenant: string;
  encounterId: string;
  differences: readonly Difference[];
}

// The example is appended only while fewer than maxExamples are kept and it is not one of them.
const upsert = `INSERT INTO release_shadow_differences (version, kind, detail, count, examples, first_seen_at, last_seen_at)
VALUES (?1, ?2, ?3, 1, json_array(json(?4)), ?5, ?5)
ON CONFLICT (version, kind, detail) DO UPDATE SET
  count = count + 1,
  last_seen_at = excluded.last_seen_at,
  examples = CASE
    WHEN json_array_length(examples) >= ${maxExamples} OR EXISTS (SELECT 1 FROM json_each(examples) WHERE json_each.value = json(?4)) THEN examples
    ELSE json_insert(examples, '$[#]', json(?4))
  END`;

export async function recordShadowComparisons(
  db: D1Database,
  comparisons: readonly ShadowComparison[],
  at: string,
): Promise<void> {
  const statements = comparisons.flatMap((comparison) => {
    const example = JSON.stringify({ tenant: comparison.tenant, encounterId: comparison.encounterId });
    // Besides each difference, two totals per release: every comparison, and those that differed.
    const rows: Array<{ kind: string; detail: string }> = [{ kind: "compared", detail: "" }];
    if (comparison.differences.length > 0)
      rows.push({ kind: "differing", detail: "" }, ...uniqueDifferences(comparison.differences));
    return rows.map((row) => db.prepare(upsert).bind(comparison.version, row.kind, row.detail, example, at));
  });
  if (statements.length > 0) await db.batch(statements);
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
  differences: ShadowDifference[];
}

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
    differences: results
      .filter((row) => row.kind !== "compared" && row.kind !== "differing")
      .map((row) => ({
        kind: row.kind as ShadowDifference["kind"],
        detail: row.detail,
        count: row.count,
        examples: JSON.parse(row.examples) as ShadowDifference["examples"],
      })),
  };
}
