// Breaking a rule file makes rules:check fail with a message naming the file and the place.
// Each fixture folder under test/fixtures/rules/broken-* is laid over the newest shipped release.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkTree, treeWithFixture } from "./rule-data-fixtures.ts";

function errorsOf(fixture: string): string[] {
  return checkTree(treeWithFixture(fixture))
    .filter((problem) => problem.severity === "error")
    .map(formatProblem);
}

// rules:check reads every release in full (the ICD-10-CM code sets are 800 KB each): seconds, not milliseconds, on a busy machine.
describe("rules:check on broken rule files", { timeout: 60_000 }, () => {
  it("names the file and the line and column of bad JSON", () => {
    // Only the parse error: the golden cases naming its rules would otherwise be reported too.
    expect(errorsOf("broken-json")).toEqual([
      expect.stringMatching(/^test\/fixtures\/rules\/broken-json\/rules\/reminders\.json:21:7: not valid JSON: /),
    ]);
  });

  it("names the file and the pointer of a value of the wrong type", () => {
    expect(errorsOf("broken-type")).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/rules\/broken-type\/rules\/reminders\.json:\d+:\d+ \/rules\/0\/finding\/omitFromBilling: must be boolean$/,
      ),
    ]);
  });

  it("names the file and the pointer of a code the catalog lacks", () => {
    expect(errorsOf("broken-unknown-code")).toEqual([
      "test/fixtures/rules/broken-unknown-code/rules/reminders.json:10:71 /rules/0/forEach/params/codes/1: code 97999 is not in the release's catalog (tables/catalog.json); add it there first",
    ]);
  });

  it("names the row of a pair edit whose window overlaps another row for the same pair", () => {
    const errors = errorsOf("broken-overlap");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^test\/fixtures\/rules\/broken-overlap\/tables\/ncci-ptp-edits\.json:\d+:\d+ \/edits\/1: pair edit 97124 \/ 97140 contradicts \/edits\/0 on the same dates: modifierIndicator 1 here, 0 there/,
    );
  });
});
