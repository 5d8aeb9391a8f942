// Deployed code: rules:check runs it over the source and releases, the worker over a published
// release before accepting it. What no table schema can see: a row listed twice, two rows for
// the same key in force on the same date (a pair edit that contradicts itself), windows that end
// before they start, and codes or modifiers that are not in the release's catalog or modifier table.
import { referencedStrings, type ReferenceKind } from "../rules/code-references.ts";
import { jsonPointer } from "../validation/json-pointer.ts";
import { referenceTables, tableKindFor, type TableKind } from "./table-kinds.ts";
import {
  describeRange,
  isRecord,
  rangesOverlap,
  rowWindow,
  tableRows,
  type DateRange,
  type TableRow,
} from "./table-rows.ts";

/** A table of a release: its path inside the release (`tables/mue.json`), the schema it names (under schemas/) and its data. */
export interface TableFile {
  relativePath: string;
  schema: string | undefined;
  data: unknown;
}

/** A problem in one table: its path inside the release, the JSON pointer into it and what is wrong. */
export interface TableProblem {
  relativePath: string;
  pointer: string;
  message: string;
  /** Errors refuse the release; a warning (a table kind the checks do not know) is only said. */
  severity: "error" | "warning";
}

/** The codes and modifiers a release knows; undefined when it has no such table. */
export interface ReleaseReferences {
  procedureCodes: ReadonlySet<string> | undefined;
  modifiers: ReadonlySet<string> | undefined;
}

export function releaseReferences(tables: readonly TableFile[]): ReleaseReferences {
  const valuesOf = (reference: (typeof referenceTables)[keyof typeof referenceTables]) => {
    const file = tables.find((candidate) => candidate.schema === reference.schema);
    if (!file || !isRecord(file.data) || !Array.isArray(file.data[reference.rows])) return undefined;
    return new Set(
      (file.data[reference.rows] as unknown[]).flatMap((row) =>
        isRecord(row) && typeof row[reference.field] === "string" ? [row[reference.field] as string] : [],
      ),
    );
  };
  return { procedureCodes: valuesOf(referenceTables.procedureCode), modifiers: valuesOf(referenceTables.modifier) };
}

export function tableProblems(tables: readonly TableFile[], references: ReleaseReferences): TableProblem[] {
  const problems: TableProblem[] = [];
  const seenKinds = new Map<string, TableFile>();
  for (const file of tables) {
    if (!file.schema) continue; // the schema check reports a missing or wrong $schema
    const error = (pointer: string, message: string) =>
      problems.push({ relativePath: file.relativePath, pointer, message, severity: "error" });
    const kind = tableKindFor(file.schema);
    if (!kind) {
      problems.push({
        relativePath: file.relativePath,
        pointer: "",
        message: `no table kind for ${file.schema} in worker/releases/table-kinds.ts: only its schema is checked (no duplicate, window or code checks)`,
        severity: "warning",
      });
      continue;
    }
    const earlier = seenKinds.get(kind.schema);
    if (earlier) error("/$schema", `a second ${kind.rowName} table: ${earlier.relativePath} names the same schema`);
    seenKinds.set(kind.schema, file);
    if (file.relativePath.replace(/\\/g, "/") !== kind.file)
      error(
        "/$schema",
        `a ${kind.rowName} table must be ${kind.file}: the build names each table after its file and the worker reads it by that name`,
      );
    const rows = tableRows(file.data, kind);
    for (const problem of [...rowProblems(rows, kind), ...codeProblems(rows, kind, references)])
      error(problem.pointer, problem.message);
  }
  return problems;
}

interface RowProblem {
  pointer: string;
  message: string;
}

function rowProblems(rows: TableRow[], kind: TableKind): RowProblem[] {
  if (kind.key.length === 0) return [];
  const problems: RowProblem[] = [];
  const groups = new Map<string, Array<{ row: TableRow; range: DateRange }>>();
  for (const row of rows) {
    const range = rowWindow(row.values, kind.window);
    if (!range) continue; // a malformed date: the schema reports it
    // An exclusive end on the start date is an empty window (CMS: deleted on its effective date).
    if (kind.window && (kind.window.end === "exclusive" ? range.start > range.end : range.start >= range.end)) {
      problems.push({
        pointer: `${row.pointer}/${kind.window.to}`,
        message: `${kind.rowName} ${describeKey(row)} ends before it starts (${kind.window.from} ${String(row.values[kind.window.from])})`,
      });
      continue;
    }
    const groupKey = (kind.unorderedKey ? [...row.keyValues].sort() : row.keyValues).join("|");
    const group = groups.get(groupKey) ?? [];
    for (const other of group) {
      if (!rangesOverlap(range, other.range)) continue;
      problems.push({ pointer: row.pointer, message: conflictMessage(kind, row, range, other.row, other.range) });
    }
    group.push({ row, range });
    groups.set(groupKey, group);
  }
  if (kind.unorderedKey) {
    for (const row of rows) {
      if (row.keyValues.length === 2 && row.keyValues[0] === row.keyValues[1])
        problems.push({
          pointer: row.pointer,
          message: `${kind.rowName} ${describeKey(row)} pairs a code with itself`,
        });
    }
  }
  return problems;
}

function conflictMessage(
  kind: TableKind,
  row: TableRow,
  range: DateRange,
  other: TableRow,
  otherRange: DateRange,
): string {
  const window = kind.window;
  const dated =
    window !== undefined &&
    [row, other].some((entry) => entry.values[window.from] !== undefined || entry.values[window.to] !== undefined);
  const when = dated ? ` (${describeRange(range, window)}; ${other.pointer} ${describeRange(otherRange, window)})` : "";
  if (kind.unorderedKey && row.keyValues.join("|") !== other.keyValues.join("|")) {
    return `${kind.rowName} ${describeKey(row)} contradicts ${other.pointer}, which lists the pair the other way round (${describeKey(other)}), in force on the same dates${when}`;
  }
  const differences = meaningFields(kind, row, other);
  if (differences.length === 0)
    return `${kind.rowName} ${describeKey(row)} duplicates ${other.pointer}${dated ? `: their windows overlap${when}` : ""}`;
  const stated = differences
    .map((field) => `${field} ${JSON.stringify(row.values[field])} here, ${JSON.stringify(other.values[field])} there`)
    .join("; ");
  return `${kind.rowName} ${describeKey(row)} contradicts ${other.pointer} on the same dates: ${stated}${when}`;
}

/** Fields that state what a row means and differ between the two rows (notes and dates aside). */
function meaningFields(kind: TableKind, row: TableRow, other: TableRow): string[] {
  const ignored = new Set([...(kind.noteFields ?? []), ...(kind.window ? [kind.window.from, kind.window.to] : [])]);
  const fields = new Set([...Object.keys(row.values), ...Object.keys(other.values)]);
  return [...fields].filter(
    (field) => !ignored.has(field) && JSON.stringify(row.values[field]) !== JSON.stringify(other.values[field]),
  );
}

function describeKey(row: TableRow): string {
  return row.keyValues.join(" / ");
}

function codeProblems(rows: TableRow[], kind: TableKind, references: ReleaseReferences): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    for (const field of kind.codeFields ?? [])
      problems.push(
        ...unknownReferences(row.values[field], `${row.pointer}${jsonPointer(field)}`, "procedureCode", references),
      );
    for (const field of kind.modifierFields ?? [])
      problems.push(
        ...unknownReferences(row.values[field], `${row.pointer}${jsonPointer(field)}`, "modifier", references),
      );
  }
  return problems;
}

/** Each code or modifier in a value (a string or a list of them) that the release does not know, at its pointer. */
export function unknownReferences(
  value: unknown,
  at: string,
  kind: ReferenceKind,
  references: ReleaseReferences,
): RowProblem[] {
  const known = kind === "procedureCode" ? references.procedureCodes : references.modifiers;
  if (!known) return [];
  return referencedStrings(value, at)
    .filter((entry) => !known.has(entry.value))
    .map((entry) => ({
      pointer: entry.at,
      message: kind === "procedureCode" ? unknownCodeMessage(entry.value) : unknownModifierMessage(entry.value),
    }));
}

export function unknownCodeMessage(code: string): string {
  return `code ${code} is not in the release's catalog (tables/catalog.json); add it there first`;
}

export function unknownModifierMessage(modifier: string): string {
  return `modifier ${modifier} is not in the release's modifier table (tables/modifiers.json); add it there first`;
}
