// The rule the guide walks through (test/fixtures/rules/example-rule/, shown in rules/README.md)
// is JSON alone: added to the newest release it passes rules:check, its golden cases pass the
// rules:test runner, and it fires through the validation API, which the shipped rules never do.
import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import type { GoldenCases } from "../../../worker/generated/types/rules/golden-cases.ts";
import type { RuleFile } from "../../../worker/generated/types/rules/rule-file.ts";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { passed, runCaseFiles } from "../../../worker/tooling/authoring/golden-run.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { createRulesetRegistry } from "../../../worker/rules/ruleset-registry.ts";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";
import { validateEncounter } from "../../../worker/validation/validate-encounter.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { checkTree, fixtureText, treeWithFixture } from "./rule-data-fixtures.ts";

const ruleFile = JSON.parse(fixtureText("example-rule/reminders.json")) as RuleFile;
const goldenCases = JSON.parse(fixtureText("example-rule/reminders.cases.json")) as GoldenCases;
const newest = bundledReleases.reduce((latest, release) => (release.manifest.effectiveFrom > latest.manifest.effectiveFrom ? release : latest));
const ruleId = "reminders.hot-cold-packs-often-bundled";
const commercialVisit = encounterWith([timed("97110", 25), { code: "97010", modifiers: ["GP"] }], { payer: { type: "commercial" } });

describe("the guide's example rule", () => {
  it("passes rules:check inside the newest release", () => {
    const problems = checkTree(treeWithFixture("example-rule", "rules/")).filter((problem) => problem.file.includes("example-rule"));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("passes its golden cases, firing and not firing", async () => {
    const results = await runCaseFiles(compileRuleset(newest, [ruleFile]), [{ path: "reminders.cases.json", family: "reminders", cases: goldenCases.cases }]);
    expect(results.length).toBe(3);
    expect(results.filter((result) => !passed(result)).map((result) => result.outcome.differences)).toEqual([]);
  });

  it("fires through the validation API once the release holds it", async () => {
    const registry = createRulesetRegistry([{ ...newest, ruleFiles: [...newest.ruleFiles, ruleFile] }]);
    const result = await validateEncounter(commercialVisit, registry);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId, severity: "info", services: [1], codes: ["97010"], message: expect.stringContaining("97010 (hot or cold packs)") }));
  });

  it("is not among the shipped rules", async () => {
    const result = await validateEncounter(commercialVisit, shippedRulesets);
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain(ruleId);
  });
});
