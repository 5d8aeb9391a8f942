// Newline-delimited JSON (application/x-ndjson): one JSON value per line. A line that does
// not parse is that line's problem, not the whole body's, so a batch can answer every other line.
import { ProblemError } from "../errors/problem-error.ts";
import { malformedJson } from "./read-json-body.ts";

export const ndjsonMediaType = "application/x-ndjson";

/** One line's value, or why it could not be read. */
export type NdjsonEntry = { value: unknown; line: number } | { problem: ProblemError; line: number };

/**
 * Splits a body into its non-blank lines (`\n` or `\r\n`). Blank lines, such as the newline
 * most writers put after the last value, carry nothing and are skipped; `line` is 1-based.
 */
export function ndjsonLines(text: string): { text: string; line: number; offset: number }[] {
  const lines: { text: string; line: number; offset: number }[] = [];
  let start = 0;
  let lineNumber = 1;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const content = text.slice(start, end);
    if (content.trim() !== "") lines.push({ text: content, line: lineNumber, offset: start });
    start = end + 1;
    lineNumber += 1;
  }
  return lines;
}

/** `offset` is where the line starts in the body, so a syntax error's position is the body's. */
export function parseNdjsonLine(text: string, line: number, offset = 0): NdjsonEntry {
  try {
    return { value: JSON.parse(text), line };
  } catch {
    return { problem: malformedJson(`Line ${line}`, text, { line, column: 1, offset }), line };
  }
}

/** Parses every non-blank line; `maxEntries` is checked before any line is parsed. */
export function parseNdjson(text: string, maxEntries = Number.POSITIVE_INFINITY): NdjsonEntry[] {
  const lines = ndjsonLines(text);
  if (lines.length > maxEntries) {
    throw new ProblemError(
      "batch-too-large",
      `The body holds ${lines.length} lines; send at most ${maxEntries} per request.`,
    );
  }
  return lines.map((entry) => parseNdjsonLine(entry.text, entry.line, entry.offset));
}

/** One line per value. JSON.stringify escapes newlines inside strings, so a value never spans lines. */
export function toNdjson(values: readonly unknown[]): string {
  let text = "";
  for (const value of values) text += `${JSON.stringify(value)}\n`;
  return text;
}
