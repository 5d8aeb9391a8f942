// Puts the CMS HCPCS file's modifiers into the modifier table. A row whose only category is
// `recognized-only` is the file's (no rule acts on it), so an import adds or refreshes it; a row
// with any other category is a rule author's and is left as it is, only its differences from the
// file reported. Rows the file no longer lists stay: the file keeps terminated modifiers, so one
// missing is one CMS dropped, and older dates of service still need it.
import type { Modifiers } from "../../generated/types/rules/modifiers.ts";
import type { ModifierEntry } from "../../rules/bundled-release.ts";
import type { HcpcsModifierRecord } from "./hcpcs-modifier-file.ts";

export interface AuthoredDifference {
  modifier: string;
  /** What the file says and the row does not, in words. */
  difference: string;
}

export interface HcpcsModifierMerge {
  table: Modifiers;
  added: string[];
  refreshed: string[];
  /** Authored rows the file disagrees with, for the author to look at; the import leaves them. */
  authoredDifferences: AuthoredDifference[];
}

const fileCategory = "recognized-only";

/** The row the file gives a modifier, citing `citation` (the file) with the modifier's own dates. */
export function importedModifierRow(record: HcpcsModifierRecord, citation: string): ModifierEntry {
  const dates = [
    `added ${record.addedDate}`,
    ...(record.terminationDate ? [`terminated ${record.terminationDate}`] : []),
  ];
  return {
    modifier: record.modifier,
    description: record.longDescription,
    categories: [fileCategory],
    effectiveFrom: record.addedDate,
    ...(record.terminationDate ? { effectiveTo: record.terminationDate } : {}),
    source: `${citation}: modifier ${record.modifier}, ${dates.join(", ")}`,
  };
}

export function isImportedRow(row: ModifierEntry): boolean {
  return row.categories.length === 1 && row.categories[0] === fileCategory;
}

/** The table with the file's modifiers in it, rows in modifier order (digits before letters). */
export function withHcpcsModifiers(
  table: Modifiers,
  records: readonly HcpcsModifierRecord[],
  citation: string,
): HcpcsModifierMerge {
  const rows = new Map(table.modifiers.map((row) => [row.modifier, row]));
  const merge: HcpcsModifierMerge = { table, added: [], refreshed: [], authoredDifferences: [] };
  for (const record of records) {
    const existing = rows.get(record.modifier);
    const imported = importedModifierRow(record, citation);
    if (existing && !isImportedRow(existing)) {
      const difference = terminationDifference(existing, record);
      if (difference) merge.authoredDifferences.push({ modifier: record.modifier, difference });
      continue;
    }
    if (!existing) merge.added.push(record.modifier);
    else if (JSON.stringify({ ...imported, note: existing.note }) !== JSON.stringify(existing))
      merge.refreshed.push(record.modifier);
    rows.set(record.modifier, existing?.note === undefined ? imported : { ...imported, note: existing.note });
  }
  const modifiers = [...rows.values()].sort((a, b) => (a.modifier < b.modifier ? -1 : a.modifier > b.modifier ? 1 : 0));
  return { ...merge, table: { ...table, modifiers } };
}

function terminationDifference(row: ModifierEntry, record: HcpcsModifierRecord): string | undefined {
  if (record.terminationDate === row.effectiveTo) return undefined;
  if (record.terminationDate === undefined)
    return `the table ends it ${row.effectiveTo}; the file gives no termination date`;
  return `the file terminates it ${record.terminationDate}; the table ${row.effectiveTo ? `ends it ${row.effectiveTo}` : "does not"}`;
}
