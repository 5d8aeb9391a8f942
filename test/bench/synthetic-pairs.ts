// Synthetic pair-table rows for the scale test. A fifth of them have a real catalog code in
// column 1 (as in the CMS file, where a common code heads hundreds of rows) and every
// column-2 code is synthetic, so the corpus's findings stay the same whatever the table's
// size: only the cost of looking pairs up can change.
import type { PairRow } from "./corpus.ts";
import { seededRandom } from "./seeded-random.ts";

export function syntheticPairRows(count: number, realCodes: readonly string[], seed: number): PairRow[] {
  const random = seededRandom(seed);
  const rows: PairRow[] = [];
  const seen = new Set<string>();
  while (rows.length < count) {
    const column1 = random.chance(0.2) ? random.pick(realCodes) : syntheticCode(random.integer(0, 259_999));
    const column2 = syntheticCode(random.integer(0, 259_999));
    const key = `${column1}|${column2}`;
    if (column1 === column2 || seen.has(key)) continue;
    seen.add(key);
    const effectiveYear = random.integer(1996, 2026);
    const row: PairRow = {
      column1,
      column2,
      effectiveDate: `${effectiveYear}-${pad(random.integer(1, 12))}-01`,
      modifierIndicator: random.weighted([
        [1, 70],
        [0, 25],
        [9, 5],
      ]),
    };
    if (random.chance(0.15))
      row.deletionDate = `${Math.min(2026, effectiveYear + random.integer(1, 5))}-${pad(random.integer(1, 12))}-01`;
    rows.push(row);
  }
  return rows;
}

/** Codes of the form 1234A: valid by the schema's pattern, absent from any catalog. */
function syntheticCode(index: number): string {
  return `${String(index % 10_000).padStart(4, "0")}${String.fromCharCode(65 + Math.floor(index / 10_000))}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
