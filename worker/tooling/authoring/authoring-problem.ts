// What rules:check reports: a file (from the project root), a JSON pointer into it and what is
// wrong. Errors fail the check; warnings are printed and let it pass.

export type ProblemSeverity = "error" | "warning";

export interface AuthoringProblem {
  file: string;
  /** JSON pointer of the offending value (`/rules/3/forEach/fact`); "" for the whole file. */
  pointer: string;
  message: string;
  severity: ProblemSeverity;
  /** Where the pointer's value starts in the file (1-based), when the file's text is at hand. */
  line?: number;
  column?: number;
}

export function error(file: string, pointer: string, message: string): AuthoringProblem {
  return { file, pointer, message, severity: "error" };
}

export function warning(file: string, pointer: string, message: string): AuthoringProblem {
  return { file, pointer, message, severity: "warning" };
}

/** `rules/source/rules/units.json:12:19 /rules/3/forEach/fact: unknown fact "foo"`: file:line:column opens in editors and terminals. */
export function formatProblem(problem: AuthoringProblem): string {
  const lineColumn = problem.line ? `:${problem.line}:${problem.column ?? 1}` : "";
  const place = problem.pointer ? ` ${problem.pointer}` : "";
  return `${problem.file}${lineColumn}${place}: ${problem.message}`;
}

/** A JSON pointer from path segments, escaping `~` and `/` as RFC 6901 says. */
export { jsonPointer as pointer } from "../../validation/json-pointer.ts";

/** Errors before warnings, then by file and pointer, with exact repeats dropped. */
export function sortProblems(problems: readonly AuthoringProblem[]): AuthoringProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.severity}|${formatProblem(problem)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = { error: 0, warning: 1 } as const;
  return unique.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      a.file.localeCompare(b.file) ||
      comparePointers(a.pointer, b.pointer) ||
      a.message.localeCompare(b.message),
  );
}

/** Numeric segments compare as numbers, so /rules/10 comes after /rules/9. */
function comparePointers(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    return bothNumbers ? Number(x) - Number(y) : x.localeCompare(y);
  }
  return left.length - right.length;
}

export function hasErrors(problems: readonly AuthoringProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
