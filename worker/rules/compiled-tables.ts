// A release's tables with the indexes the facts look rows up by, built once per release.
import type {
  BundledRelease,
  CatalogCode,
  KxYear,
  ModifierEntry,
  MueEdit,
  PtpEdit,
  ReleaseTables,
} from "./bundled-release.ts";
import { CodeSetIndex } from "./diagnosis-code-set-index.ts";

export interface CompiledTables extends ReleaseTables {
  catalogByCode: ReadonlyMap<string, CatalogCode>;
  /** NCCI pair rows by `column1|column2` (see ptpPairKey): an encounter looks up its own code pairs, never scans the table. */
  ptpEditsByPair: ReadonlyMap<string, readonly PtpEdit[]>;
  /** The same rows by column 1, then column 2: looked up with the encounter's own code strings, no key built per pair. */
  ptpEditsByColumns: ReadonlyMap<string, ReadonlyMap<string, readonly PtpEdit[]>>;
  modifiersByCode: ReadonlyMap<string, ModifierEntry>;
  mueEditsByCode: ReadonlyMap<string, readonly MueEdit[]>;
  /** ICD-10-CM code sets by fiscal year, each decoded on first use. */
  diagnosisCodeSetIndexes: readonly CodeSetIndex[];
  kxThresholdsByYear: ReadonlyMap<number, KxYear>;
}

export function ptpPairKey(column1: string, column2: string): string {
  return `${column1}|${column2}`;
}

export function compileTables(release: BundledRelease): CompiledTables {
  return {
    ...release.tables,
    catalogByCode: new Map(release.tables.catalog.codes.map((entry) => [entry.code, entry])),
    ptpEditsByPair: groupBy(release.tables.ncciPtpEdits.edits, (edit) => ptpPairKey(edit.column1, edit.column2)),
    ptpEditsByColumns: new Map(
      [...groupBy(release.tables.ncciPtpEdits.edits, (edit) => edit.column1)].map(([column1, rows]) => [
        column1,
        groupBy(rows, (edit) => edit.column2),
      ]),
    ),
    modifiersByCode: new Map(release.tables.modifiers.modifiers.map((entry) => [entry.modifier, entry])),
    mueEditsByCode: groupBy(release.tables.mue.edits, (edit) => edit.code),
    diagnosisCodeSetIndexes: (release.tables.diagnosisCodeSets?.codeSets ?? []).map(
      (codeSet) => new CodeSetIndex(codeSet),
    ),
    kxThresholdsByYear: new Map((release.tables.kxThresholds?.years ?? []).map((row) => [row.year, row])),
  };
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
