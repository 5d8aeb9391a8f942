import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import { caseFilesOf, formatCaseResult, passed, runCaseFiles } from "../../../worker/tooling/authoring/golden-run.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { goldenCases, releaseFolder, root, rule, ruleFile } from "./in-memory-release.ts";

const folder = releaseFolder("2026.4.0", {
  "rules/units.json": ruleFile("units", [rule("units.a")]),
  "rules/units.cases.json": goldenCases({ expect: { status: "pass" } }),
  "rules/pairs.json": ruleFile("ncci", [rule("ncci.a")]),
  // 20 minutes of 97110 never earn 5 units: the first case fails whatever else the release says.
  "rules/pairs.cases.json": goldenCases({ expect: { totalTimedUnits: 5 } }, { expect: {} }),
});

describe("caseFilesOf", () => {
  it("finds every cases file, named by the family of the rule file beside it", () => {
    expect(caseFilesOf(folder, root).map((file) => [file.path, file.family, file.cases.length])).toEqual([
      ["rules/releases/2026.4.0/rules/pairs.cases.json", "ncci", 2],
      ["rules/releases/2026.4.0/rules/units.cases.json", "units", 1],
    ]);
  });

  it("filters by family or by file name", () => {
    expect(caseFilesOf(folder, root, ["ncci"]).map((file) => file.family)).toEqual(["ncci"]);
    expect(caseFilesOf(folder, root, ["pairs"]).map((file) => file.family)).toEqual(["ncci"]);
    expect(caseFilesOf(folder, root, ["nothing"])).toEqual([]);
  });
});

describe("runCaseFiles", () => {
  it("runs each case by the release given and draws a failing one side by side with its place", async () => {
    const ruleset = compileRuleset(bundledReleases.at(-1)!);
    const results = await runCaseFiles(ruleset, caseFilesOf(folder, root, ["ncci"]));
    expect(results.map(passed)).toEqual([false, true]);
    const report = formatCaseResult(results[0]!);
    expect(report).toContain(
      "  ✗ case 0\n      rules/releases/2026.4.0/rules/pairs.cases.json /cases/0\n      - totalTimedUnits: expected 5, got ",
    );
    expect(report).toMatch(/✗ totalTimedUnits\s+│ 5\s+│ \d/);
    expect(formatCaseResult(results[1]!)).toBe("  ✓ case 1");
  });
});
