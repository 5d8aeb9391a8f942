import { describe, expect, it } from "vitest";
import { conditionLeaves, readCondition } from "../../worker/rules/condition-tree.ts";

const leaf = (fact: string) => ({ fact, operator: "equal", value: true });

describe("readCondition", () => {
  it("reads all, any and not groups and leaf conditions", () => {
    expect(readCondition({ all: [leaf("a")] })).toEqual({ kind: "all", children: [leaf("a")] });
    expect(readCondition({ any: [] })).toEqual({ kind: "any", children: [] });
    expect(readCondition({ not: leaf("a") })).toEqual({ kind: "not", child: leaf("a") });
    expect(readCondition(leaf("a"))).toEqual({ kind: "leaf", condition: leaf("a") });
  });

  it("calls anything else unreadable rather than guessing", () => {
    for (const node of [undefined, null, "fact", [leaf("a")], { all: "a" }, { fact: 3 }]) {
      expect(readCondition(node)).toEqual({ kind: "unreadable" });
    }
  });
});

describe("conditionLeaves", () => {
  it("finds every leaf however nested, in document order, with its JSON pointer", () => {
    const when = { all: [leaf("a"), { any: [leaf("b"), { not: leaf("c") }] }] };
    expect(conditionLeaves(when, "/rules/0/when")).toEqual([
      { condition: leaf("a"), at: "/rules/0/when/all/0" },
      { condition: leaf("b"), at: "/rules/0/when/all/1/any/0" },
      { condition: leaf("c"), at: "/rules/0/when/all/1/any/1/not" },
    ]);
  });

  it("finds nothing in a missing or malformed when", () => {
    expect(conditionLeaves(undefined)).toEqual([]);
    expect(conditionLeaves({ all: [{ operator: "equal" }] })).toEqual([]);
  });
});
