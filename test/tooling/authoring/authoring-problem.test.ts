import { describe, expect, it } from "vitest";
import {
  error,
  formatProblem,
  hasErrors,
  pointer,
  sortProblems,
  warning,
} from "../../../worker/tooling/authoring/authoring-problem.ts";

describe("authoring problems", () => {
  it("read as file, JSON pointer, message", () => {
    expect(
      formatProblem(error("rules/releases/2026.4.0/rules/units.json", "/rules/3/forEach/fact", 'unknown fact "foo"')),
    ).toBe('rules/releases/2026.4.0/rules/units.json /rules/3/forEach/fact: unknown fact "foo"');
    expect(formatProblem(error("rules/README.md", "", "is stale"))).toBe("rules/README.md: is stale");
  });

  it("escape / and ~ in pointer segments", () => {
    expect(pointer("profiles", "a/b", "c~d", 0)).toBe("/profiles/a~1b/c~0d/0");
  });

  it("sort errors first, then by file and numeric position, without repeats", () => {
    const sorted = sortProblems([
      warning("a", "/x", "w"),
      error("b", "/rules/10", "late"),
      error("b", "/rules/9", "early"),
      error("b", "/rules/9", "early"),
    ]);
    expect(sorted.map(formatProblem)).toEqual(["b /rules/9: early", "b /rules/10: late", "a /x: w"]);
    expect(hasErrors(sorted)).toBe(true);
    expect(hasErrors([warning("a", "", "w")])).toBe(false);
  });
});
