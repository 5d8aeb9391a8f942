// Line and column beside the JSON pointer: authors edit text, not pointers. jsonc-parser (the
// parser behind VS Code's JSON support) gives each value's offset in the file as written.
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import type { AuthoringProblem } from "./authoring-problem.ts";

/** Each problem with the line and column of its pointer in `texts` (keyed by the file as reports name it). */
export function withPlaces(
  problems: readonly AuthoringProblem[],
  texts: ReadonlyMap<string, string>,
): AuthoringProblem[] {
  const trees = new Map<string, { tree: Node | undefined; lineStarts: number[] }>();
  return problems.map((problem) => {
    if (problem.line !== undefined || !problem.pointer) return problem;
    const text = texts.get(problem.file);
    if (text === undefined) return problem;
    let parsed = trees.get(problem.file);
    if (!parsed) {
      parsed = { tree: parseTree(text), lineStarts: lineStartsOf(text) };
      trees.set(problem.file, parsed);
    }
    const offset = offsetOf(parsed.tree, problem.pointer);
    if (offset === undefined) return problem;
    return { ...problem, ...placeAt(parsed.lineStarts, offset) };
  });
}

/** The value's offset; for a member that is missing (a required field), its nearest enclosing value's. */
function offsetOf(tree: Node | undefined, pointer: string): number | undefined {
  if (!tree) return undefined;
  const segments = pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) return node.parent?.type === "property" ? node.parent.offset : node.offset;
  }
  return undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === "\n") starts.push(index + 1);
  return starts;
}

function placeAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
