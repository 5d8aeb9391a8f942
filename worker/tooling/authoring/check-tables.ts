// What no table schema can see: a row listed twice, two rows for the same key in force on the
// same date (a pair edit that contradicts itself), windows that end before they start, and
// codes that are not in the release's catalog.
import { error, pointer, warning, type AuthoringProblem } from "./authoring-problem.ts";
import {
  displayPath,
  filesWithRole,
  isRecord,
  schemaName,
  type ReleaseFile,
  type ReleaseFolder,
} from "./release-files.ts";
import { describeRange, rangesOverlap, rowWindow, tableRows, type DateRange, type TableRow } from "./table-rows.ts";
import { referenceTables, tableKindFor, type TableKind } from "./table-kinds.ts";

/** The codes and modifiers a release knows; undefined when it has no such table. */
export interface ReleaseReferences {
  procedureCodes: ReadonlySet<string> | undefined;
  modifiers: ReadonlySet<string> | undefined;
}

export function releaseReferences(folder: ReleaseFolder): ReleaseReferences {
  const valuesOf = (reference: (typeof referenceTables)[keyof typeof referenceTables]) => {
    const file = filesWithRole(folder, "table").find((candidate) => schemaName(candidate) === reference.schema);
    if (!file || !isRecord(file.data) || !Array.isArray(file.data[reference.rows])) return undefined;
    return new Set(
      (file.data[reference.rows] as unknown[]).flatMap((row) =>
        isRecord(row) && typeof row[reference.field] === "string" ? [row[reference.field] as string] : [],
      ),
    );
  };
  return { procedureCodes: valuesOf(referenceTables.procedureCode), modifiers: valuesOf(referenceTables.modifier) };
}

export function checkTables(folder: ReleaseFolder, root: string, references: ReleaseReferences): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const seenKinds = new Map<string, ReleaseFile>();
  for (const file of filesWithRole(folder, "table")) {
    const path = displayPath(root, file.absolutePath);
    const schema = schemaName(file);
    if (!schema) continue; // schemaProblems reports a missing or wrong $schema
    const kind = tableKindFor(schema);
    if (!kind) {
      problems.push(
        warning(
          path,
          "",
          `no table kind for ${schema} in worker/tooling/authoring/table-kinds.ts: only its schema is checked (no duplicate, window or code checks)`,
        ),
      );
      continue;
    }
    const earlier = seenKinds.get(kind.schema);
    if (earlier)
      problems.push(
        error(
          path,
          "/$schema",
          `a second ${kind.rowName} table: ${displayPath(root, earlier.absolutePath)} names the same schema`,
        ),
      );
    seenKinds.set(kind.schema, file);
    if (file.relativePath.replace(/\\/g, "/") !== kind.file) {
      problems.push(
        error(
          path,
          "/$schema",
          `a ${kind.rowName} table must be ${kind.file}: the build names each table after its file and the worker reads it by that name`,
        ),
      );
    }
    problems.push(
      ...checkRows(path, tableRows(file.data, kind), kind),
      ...checkCodes(path, file.data, kind, references),
    );
  }
  return problems;
}

function checkRows(path: string, rows: TableRow[], kind: TableKind): AuthoringProblem[] {
  if (kind.key.length === 0) return [];
  const problems: AuthoringProblem[] = [];
  const groups = new Map<string, Array<{ row: TableRow; range: DateRange }>>();
  for (const row of rows) {
    const range = rowWindow(row.values, kind.window);
    if (!range) continue; // a malformed date: the schema reports it
    // An exclusive end on the start date is an empty window (CMS: deleted on its effective date).
    if (kind.window && (kind.window.end === "exclusive" ? range.start > range.end : range.start >= range.end)) {
      problems.push(
        error(
          path,
          `${row.pointer}/${kind.window.to}`,
          `${kind.rowName} ${describeKey(row)} ends before it starts (${kind.window.from} ${String(row.values[kind.window.from])})`,
        ),
      );
      continue;
    }
    const groupKey = (kind.unorderedKey ? [...row.keyValues].sort() : row.keyValues).join("|");
    const group = groups.get(groupKey) ?? [];
    for (const other of group) {
      if (!rangesOverlap(range, other.range)) continue;
      problems.push(error(path, row.pointer, conflictMessage(kind, row, range, other.row, other.range)));
    }
    group.push({ row, range });
    groups.set(groupKey, group);
  }
  if (kind.unorderedKey) {
    for (const row of rows) {
      if (row.keyValues.length === 2 && row.keyValues[0] === row.keyValues[1]) {
        problems.push(error(path, row.pointer, `${kind.rowName} ${describeKey(row)} pairs a code with itself`));
      }
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

function checkCodes(path: string, data: unknown, kind: TableKind, references: ReleaseReferences): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const lookups = [
    { fields: kind.codeFields, known: references.procedureCodes, message: unknownCodeMessage },
    { fields: kind.modifierFields, known: references.modifiers, message: unknownModifierMessage },
  ];
  for (const row of tableRows(data, kind)) {
    for (const { fields, known, message } of lookups) {
      if (!known) continue;
      for (const field of fields ?? []) {
        const value = row.values[field];
        const entries = Array.isArray(value)
          ? value.map((item, index) => [item, `${row.pointer}${pointer(field, index)}`] as const)
          : [[value, `${row.pointer}${pointer(field)}`] as const];
        for (const [item, where] of entries) {
          if (typeof item === "string" && !known.has(item)) problems.push(error(path, where, message(item)));
        }
      }
    }
  }
  return problems;
}

export function unknownCodeMessage(code: string): string {
  return `code ${code} is not in the release's catalog (tables/catalog.json); add it there first`;
}

export function unknownModifierMessage(modifier: string): string {
  return `modifier ${modifier} is not in the release's modifier table (tables/modifiers.json); add it there first`;
}
