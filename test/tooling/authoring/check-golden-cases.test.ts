import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkGoldenCases } from "../../../worker/tooling/authoring/check-golden-cases.ts";
import { goldenCases, releaseFolder, root, rule, ruleFile } from "./in-memory-release.ts";

const rulesPath = "rules/releases/2026.4.0/rules/sample.json";
const casesPath = "rules/releases/2026.4.0/rules/sample.cases.json";
const window = { from: "2026-10-01" };

function problemsOf(files: Record<string, unknown>, releaseWindow: Parameters<typeof checkGoldenCases>[2] = window) {
  return checkGoldenCases(releaseFolder("2026.4.0", files), root, releaseWindow).map(
    (problem) => `${problem.severity} ${formatProblem(problem)}`,
  );
}

const rules = ruleFile("sample", [rule("sample.one"), rule("sample.two")]);

describe("checkGoldenCases", () => {
  it("accepts cases where every rule fires once and is shown silent once", () => {
    const cases = goldenCases(
      { expect: { findings: [{ ruleId: "sample.one" }, { ruleId: "sample.two" }] } },
      { expect: { findings: [] } },
    );
    expect(problemsOf({ "rules/sample.json": rules, "rules/sample.cases.json": cases })).toEqual([]);
  });

  it("refuses a rule file without cases beside it, and cases without a rule file", () => {
    expect(problemsOf({ "rules/sample.json": rules, "rules/other.cases.json": goldenCases({ expect: {} }) })).toEqual([
      `error ${rulesPath}: has no golden cases: add sample.cases.json beside it, with a case where each rule fires and one where it does not`,
      "error rules/releases/2026.4.0/rules/other.cases.json: golden cases without a rule file beside them (other.json)",
    ]);
  });

  it("refuses a rule no case mentions, and warns about one only ever excluded or never shown silent", () => {
    const cases = goldenCases(
      { expect: { includesFindings: [{ ruleId: "sample.one" }] } },
      { expect: { excludesRules: ["sample.two"] } },
    );
    expect(
      problemsOf({
        "rules/sample.json": ruleFile("sample", [rule("sample.one"), rule("sample.two"), rule("sample.three")]),
        "rules/sample.cases.json": cases,
      }),
    ).toEqual([
      `warning ${rulesPath} /rules/0/id: rule sample.one has no golden case where it does not fire: add one to sample.cases.json (expect.findings without it, or excludesRules)`,
      `warning ${rulesPath} /rules/1/id: rule sample.two never fires in sample.cases.json, only excluded: if the release's data cannot make it fire, its behaviour is tested elsewhere; otherwise add a firing case`,
      `error ${rulesPath} /rules/2/id: rule sample.three has no golden case: add a case to sample.cases.json whose expect.findings (or includesFindings) lists it, and one where it does not fire`,
    ]);
  });

  it("refuses expectations about rules the release does not have, excluded ones included", () => {
    const cases = goldenCases(
      { expect: { findings: [{ ruleId: "sample.one" }, { ruleId: "sample.tow" }] } },
      { expect: { findings: [{ ruleId: "sample.two" }], excludesRules: ["sample.gone"] } },
    );
    expect(problemsOf({ "rules/sample.json": rules, "rules/sample.cases.json": cases })).toEqual([
      `error ${casesPath} /cases/0/expect/findings/1/ruleId: no rule sample.tow in this release`,
      `error ${casesPath} /cases/1/expect/excludesRules/0: no rule sample.gone in this release, so excluding it proves nothing`,
    ]);
  });

  it("warns about cases dated outside the release's window, naming the release that answers them", () => {
    const cases = goldenCases(
      { date: "2026-09-30", expect: { findings: [{ ruleId: "sample.one" }, { ruleId: "sample.two" }] } },
      { date: "2027-01-01", expect: { findings: [] } },
    );
    expect(
      problemsOf(
        { "rules/sample.json": rules, "rules/sample.cases.json": cases },
        { from: "2026-10-01", until: "2027-01-01", nextVersion: "2027.1.0", previousVersion: "2026.3.0" },
      ),
    ).toEqual([
      `warning ${casesPath} /cases/0/encounter/dateOfService: 2026-09-30 is before 2026.4.0 starts (2026-10-01); 2026.3.0 answers it in production, so this case tests 2026.4.0 only as pinned (?ruleset=2026.4.0)`,
      `warning ${casesPath} /cases/1/encounter/dateOfService: 2027-01-01 is on or after 2027-01-01, when 2027.1.0 takes over, so this case tests 2026.4.0 only as pinned (?ruleset=2026.4.0)`,
    ]);
  });
});
