// A table's rows as the table checks (rules:check and the worker's accept path) and rules:diff
// see them: where each row is (its JSON pointer), its key, and the dates of service it is in force.
import { jsonPointer as pointer } from "../validation/json-pointer.ts";
import { dayAfter, dayBefore, isCalendarDate as isApiCalendarDate } from "../validation/calendar-date.ts";
import type { TableKind, TableWindow } from "./table-kinds.ts";

export interface TableRow {
  pointer: string;
  /** The key fields' values in order (`["97530", "97140"]`); for object collections the property name. */
  keyValues: string[];
  /** The row as written, plus `$key` for rows of an object collection. */
  values: Record<string, unknown>;
}

/** Rows of a table. A kind without `rows` (or no kind) has one row per top-level property. */
export function tableRows(data: unknown, kind: TableKind | undefined): TableRow[] {
  if (!isRecord(data)) return [];
  if (!kind?.rows) {
    return Object.entries(data)
      .filter(([name]) => name !== "$schema")
      .map(([name, value]) => propertyRow(name, value));
  }
  const collection = data[kind.rows];
  if (Array.isArray(collection)) {
    return collection.flatMap((row, index) =>
      isRecord(row)
        ? [
            {
              pointer: pointer(kind.rows!, index),
              keyValues: kind.key.map((field) => String(row[field] ?? "")),
              values: row,
            },
          ]
        : [],
    );
  }
  if (isRecord(collection)) {
    return Object.entries(collection).flatMap(([name, row]) =>
      isRecord(row) ? [{ pointer: pointer(kind.rows!, name), keyValues: [name], values: { ...row, $key: name } }] : [],
    );
  }
  return [];
}

/** Top-level fields that are not rows (a table's own description), as rows keyed by name. */
export function tableFields(data: unknown, kind: TableKind | undefined): TableRow[] {
  if (!isRecord(data) || !kind?.rows) return [];
  return Object.entries(data)
    .filter(([name]) => name !== "$schema" && name !== kind.rows)
    .map(([name, value]) => propertyRow(name, value));
}

/** A top-level property as a row: an object's own fields, or the value itself. */
function propertyRow(name: string, value: unknown): TableRow {
  return {
    pointer: pointer(name),
    keyValues: [name],
    values: isRecord(value) ? { ...value, $key: name } : { $key: name, value },
  };
}

/** Half-open [start, end) in YYYY-MM-DD strings; undefined when a date is malformed (the schema reports it). */
export interface DateRange {
  start: string;
  end: string;
}

const beginningOfTime = "0000-01-01";
const endOfTime = "9999-12-31";

export function rowWindow(row: Record<string, unknown>, window: TableWindow | undefined): DateRange | undefined {
  if (!window) return { start: beginningOfTime, end: endOfTime };
  const from = row[window.from];
  const to = row[window.to];
  if ((from !== undefined && !isCalendarDate(from)) || (to !== undefined && !isCalendarDate(to))) return undefined;
  const start = from ?? beginningOfTime;
  if (to === undefined) return { start, end: endOfTime };
  return { start, end: window.end === "exclusive" ? to : dayAfter(to) };
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start < b.end && b.start < a.end;
}

export function describeRange(range: DateRange, window: TableWindow | undefined): string {
  if (!window) return "always";
  const from = range.start === beginningOfTime ? "the beginning" : range.start;
  if (range.end === endOfTime) return `from ${from} on`;
  return window.end === "exclusive" ? `from ${from} until ${range.end}` : `from ${from} to ${dayBefore(range.end)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not), by the API's own parser. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === "string" && isApiCalendarDate(value);
}
