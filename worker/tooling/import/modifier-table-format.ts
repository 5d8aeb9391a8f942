// Writes the modifier table in the layout `npm run format` gives it (two-space indents, a list of
// plain values on one line when it fits in 120 columns), so an import changes only what it meant to.
import type { Modifiers } from "../../generated/types/rules/modifiers.ts";

const lineWidth = 120;

export function formatModifiersTable(table: Modifiers): string {
  return `${collapseShortLists(JSON.stringify(table, null, 2))}\n`;
}

/** Puts each list of strings, numbers or booleans on its opening line when the result fits. */
function collapseShortLists(json: string): string {
  const lines = json.split("\n");
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const closing = line.endsWith("[") ? closingLine(lines, index) : -1;
    const items = closing === -1 ? [] : lines.slice(index + 1, closing).map((item) => item.trim().replace(/,$/, ""));
    const joined = `${line}${items.join(", ")}${lines[closing]?.trim() ?? ""}`;
    if (items.length > 0 && items.every(isPlainValue) && joined.length <= lineWidth) {
      out.push(joined);
      index = closing;
    } else out.push(line);
  }
  return out.join("\n");
}

/** The line that closes the list opened at `opening`: the next one at its indent. */
function closingLine(lines: readonly string[], opening: number): number {
  const indent = " ".repeat(lines[opening]!.length - lines[opening]!.trimStart().length);
  return lines.findIndex((line, at) => at > opening && line.startsWith(`${indent}]`));
}

function isPlainValue(item: string): boolean {
  return /^("([^"\\]|\\.)*"|-?[0-9.eE+-]+|true|false|null)$/.test(item);
}
