// What changed between two releases, row by row: the manifest, every table (rows keyed as the
// table kind says, dated rows apart by their start date) and every rule (by id).
import { canonicalJson } from "../cli/release-folders.ts";
import { fileRole, isRecord, manifestOf, schemaName, type ReleaseFile, type ReleaseFolder } from "./release-files.ts";
import { tableFields, tableRows, type TableRow } from "../../releases/table-rows.ts";
import { tableKindFor, type TableKind } from "../../releases/table-kinds.ts";

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface RowChange {
  change: "added" | "removed" | "changed";
  key: string;
  /** The row as it now is (added, changed) or was (removed). */
  values: Record<string, unknown>;
  fields: FieldChange[];
}

export interface SectionDiff {
  /** `release.json`, `tables/catalog.json`, `rules`. */
  name: string;
  rowName: string;
  changes: RowChange[];
}

export interface ReleaseDiff {
  from: string;
  to: string;
  sections: SectionDiff[];
}

export function diffReleases(from: ReleaseFolder, to: ReleaseFolder): ReleaseDiff {
  const sections: SectionDiff[] = [
    { name: "release.json", rowName: "field", changes: diffFields(manifestOf(from) ?? {}, manifestOf(to) ?? {}) },
  ];
  const tableNames = [...new Set([...tablesOf(from).keys(), ...tablesOf(to).keys()])].sort();
  for (const name of tableNames) {
    const before = tablesOf(from).get(name);
    const after = tablesOf(to).get(name);
    const kind = tableKindFor(schemaName((after ?? before)!));
    sections.push({
      name,
      rowName: kind?.rowName ?? "row",
      changes: diffRows(keyedRows(before, kind), keyedRows(after, kind)),
    });
  }
  sections.push({ name: "rules", rowName: "rule", changes: diffRows(rulesById(from), rulesById(to)) });
  return { from: from.version, to: to.version, sections: sections.filter((section) => section.changes.length > 0) };
}

function tablesOf(folder: ReleaseFolder): Map<string, ReleaseFile> {
  return new Map(
    folder.files
      .filter((file) => fileRole(file) === "table")
      .map((file) => [file.relativePath.replace(/\\/g, "/"), file]),
  );
}

/** Rows by their diff key: the kind's key, plus the start date for dated rows (a pair's 2020 row and its 2021 row are two rows). */
function keyedRows(file: ReleaseFile | undefined, kind: TableKind | undefined): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  if (!file) return rows;
  const add = (row: TableRow, key: string) => {
    let unique = key;
    for (let copy = 2; rows.has(unique); copy += 1) unique = `${key} (#${copy})`;
    rows.set(unique, row.values);
  };
  for (const row of tableRows(file.data, kind)) {
    const start = kind?.window ? row.values[kind.window.from] : undefined;
    add(row, [...row.keyValues, ...(typeof start === "string" ? [start] : [])].join(" | "));
  }
  for (const row of tableFields(file.data, kind)) add(row, `(table ${row.keyValues[0]})`);
  return rows;
}

function rulesById(folder: ReleaseFolder): Map<string, Record<string, unknown>> {
  const rules = new Map<string, Record<string, unknown>>();
  for (const file of folder.files.filter((candidate) => fileRole(candidate) === "rule-file")) {
    if (!isRecord(file.data) || !Array.isArray(file.data.rules)) continue;
    for (const rule of file.data.rules)
      if (isRecord(rule) && typeof rule.id === "string") rules.set(rule.id, { ...rule, $file: file.relativePath });
  }
  return rules;
}

function diffRows(
  before: Map<string, Record<string, unknown>>,
  after: Map<string, Record<string, unknown>>,
): RowChange[] {
  const changes: RowChange[] = [];
  for (const [key, values] of after) {
    const previous = before.get(key);
    if (!previous) changes.push({ change: "added", key, values, fields: [] });
    else if (canonicalJson(previous) !== canonicalJson(values))
      changes.push({ change: "changed", key, values, fields: changedLeaves(previous, values) });
  }
  for (const [key, values] of before) if (!after.has(key)) changes.push({ change: "removed", key, values, fields: [] });
  const order = { removed: 0, changed: 1, added: 2 } as const;
  return changes.sort(
    (a, b) => order[a.change] - order[b.change] || a.key.localeCompare(b.key, undefined, { numeric: true }),
  );
}

function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): RowChange[] {
  const fields = changedLeaves(before, after).filter((change) => change.field !== "$schema");
  return fields.map((change) => ({ change: "changed", key: change.field, values: after, fields: [change] }));
}

/** Changed leaves as dotted paths (`finding.severity`, `bands.2.toMinutes`); a leaf is a scalar or an array of scalars. */
export function changedLeaves(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (isBranch(before) && isBranch(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedLeaves(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return canonicalJson(before) === canonicalJson(after) ? [] : [{ field: path || "(value)", from: before, to: after }];
}

/** An object, or an array holding objects: compared entry by entry rather than as one value. */
function isBranch(value: unknown): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  return Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null);
}
