import { describe, expect, it } from "vitest";
import { customOperators, isKnownOperator } from "../../worker/rules/operators.ts";

const evaluate = (name: string, factValue: unknown, value: unknown) =>
  customOperators[name]!.evaluate(factValue, value);

describe("custom operators", () => {
  it("hasItems tells a list with items from an empty one", () => {
    expect(evaluate("hasItems", [1], true)).toBe(true);
    expect(evaluate("hasItems", [], true)).toBe(false);
    expect(evaluate("hasItems", [], false)).toBe(true);
    expect(evaluate("hasItems", undefined, true)).toBe(false);
  });

  it("containsAny and containsAll compare lists", () => {
    expect(evaluate("containsAny", ["97110", "97140"], ["97124", "97140"])).toBe(true);
    expect(evaluate("containsAll", ["97110", "97140"], ["97124", "97140"])).toBe(false);
    expect(evaluate("containsAll", ["97124", "97140"], ["97124", "97140"])).toBe(true);
  });

  it("onOrAfter and onOrBefore compare calendar dates and refuse anything else", () => {
    expect(evaluate("onOrAfter", "2020-01-01", "2020-01-01")).toBe(true);
    expect(evaluate("onOrAfter", "2019-12-31", "2020-01-01")).toBe(false);
    expect(evaluate("onOrBefore", "2018-12-31", "2018-12-31")).toBe(true);
    expect(evaluate("onOrBefore", 20181231, "2018-12-31")).toBe(false);
  });

  it("matchesPattern tests text against a regular expression", () => {
    expect(evaluate("matchesPattern", "1234567893", "^1")).toBe(true);
    expect(evaluate("matchesPattern", 1234567893, "^1")).toBe(false);
  });
});

describe("isKnownOperator", () => {
  it("knows json-rules-engine's built-ins and ClaimLint's own", () => {
    expect(isKnownOperator("equal")).toBe(true);
    expect(isKnownOperator("hasItems")).toBe(true);
    expect(isKnownOperator("looksLike")).toBe(false);
  });
});
