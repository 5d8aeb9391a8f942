// Merges imported pair rows into a release's pair table: a row with the same column 1, column 2
// and effective date is replaced, rows the import does not cover are kept, and the result is
// sorted so the same inputs always write the same file.
import type { PtpEdit } from "../../rules/bundled-release.ts";
import { canonicalPtpEdit } from "./ptp-table-format.ts";

export interface PtpMergeCounts {
  /** Existing rows the import does not cover. */
  kept: number;
  /** Imported rows with a new column 1, column 2 and effective date. */
  added: number;
  /** Existing rows an imported row changed. */
  replaced: number;
  /** Existing rows the import repeats exactly. */
  unchanged: number;
  /** Imported rows dropped because the file repeats their key; the one in force longest is kept. */
  duplicatesInImport: number;
  total: number;
}

export interface PtpMerge {
  edits: PtpEdit[];
  counts: PtpMergeCounts;
}

export function ptpRowKey(edit: PtpEdit): string {
  return `${edit.column1}|${edit.column2}|${edit.effectiveDate}`;
}

export function mergePtpEdits(existing: readonly PtpEdit[], imported: readonly PtpEdit[]): PtpMerge {
  const incoming = new Map<string, PtpEdit>();
  let duplicatesInImport = 0;
  for (const edit of imported) {
    const key = ptpRowKey(edit);
    const earlier = incoming.get(key);
    if (earlier) duplicatesInImport += 1;
    if (!earlier || inForceLonger(edit, earlier)) incoming.set(key, canonicalPtpEdit(edit));
  }
  const merged = new Map<string, PtpEdit>();
  const counts: PtpMergeCounts = { kept: 0, added: 0, replaced: 0, unchanged: 0, duplicatesInImport, total: 0 };
  for (const edit of existing) {
    const key = ptpRowKey(edit);
    const replacement = incoming.get(key);
    if (!replacement) counts.kept += 1;
    else if (JSON.stringify(replacement) === JSON.stringify(canonicalPtpEdit(edit))) counts.unchanged += 1;
    else counts.replaced += 1;
    merged.set(key, replacement ?? canonicalPtpEdit(edit));
  }
  for (const [key, edit] of incoming) {
    if (!merged.has(key)) {
      counts.added += 1;
      merged.set(key, edit);
    }
  }
  const edits = [...merged.values()].sort(comparePtpEdits);
  counts.total = edits.length;
  return { edits, counts };
}

/** CMS files repeat a key now and then (an indicator-9 row beside the row in force): keep the one in force longest. */
function inForceLonger(candidate: PtpEdit, current: PtpEdit): boolean {
  if (candidate.deletionDate === undefined) return current.deletionDate !== undefined;
  return current.deletionDate !== undefined && candidate.deletionDate > current.deletionDate;
}

export function comparePtpEdits(a: PtpEdit, b: PtpEdit): number {
  return (
    compareText(a.column1, b.column1) ||
    compareText(a.column2, b.column2) ||
    compareText(a.effectiveDate, b.effectiveDate) ||
    compareText(a.deletionDate ?? "9999-99-99", b.deletionDate ?? "9999-99-99") ||
    compareText(a.source, b.source)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
