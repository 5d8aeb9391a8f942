// The shipped releases pass rules:check, the same checks `npm test` runs through the CLI first.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { guidePath, guideSections } from "../../../worker/tooling/authoring/guide-sections.ts";
import { checkTree, fixtureText, shippedTree } from "./rule-data-fixtures.ts";

const guideText = import.meta.glob<string>("/rules/README.md", { query: "?raw", import: "default", eager: true })[
  "/rules/README.md"
]!;

// rules:check reads every release in full (the ICD-10-CM code sets are 800 KB each): seconds, not milliseconds, on a busy machine.
describe("the shipped releases", { timeout: 60_000 }, () => {
  it("have no rules:check errors, the guide's generated sections included", () => {
    const examples = ["reminders.json", "reminders.cases.json"].map((name) => ({
      name,
      text: fixtureText(`example-rule/${name}`),
    }));
    const problems = checkTree(shippedTree(), { path: guidePath, text: guideText, sections: guideSections(examples) });
    expect(problems.filter((problem) => problem.severity === "error").map(formatProblem)).toEqual([]);
  });

  it("are all read, none of them unreadable", () => {
    const tree = shippedTree();
    expect(tree.folders.length).toBeGreaterThan(0);
    expect(tree.unreadable).toEqual([]);
  });
});
