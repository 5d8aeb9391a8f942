// The rule the guide walks through (test/fixtures/rules/example-rule/, shown in rules/README.md)
// is JSON alone: added to rules/source/ it passes rules:check, its golden cases pass the
// rules:test runner at their own dates, and once released it fires through the validation API,
// which the shipped rules never do. Nothing here depends on which releases exist.
import { describe, expect, it } from "vitest";
import type { GoldenCases } from "../../../worker/generated/types/rules/golden-cases.ts";
import type { RuleFile } from "../../../worker/generated/types/rules/rule-file.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { createRulesetRegistry } from "../../../worker/rules/ruleset-registry.ts";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";
import { validateEncounter } from "../../../worker/validation/validate-encounter.ts";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { casesOf } from "../../../worker/rules/golden-case-run.ts";
import { passed, runCaseFiles } from "../../../worker/tooling/authoring/golden-run.ts";
import { bundledReleaseFromFolder } from "../../../worker/tooling/cli/build-releases.ts";
import { sourceAsRelease, sourceManifest } from "../../../worker/tooling/cli/release-folders.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { checkTree, fixtureText, treeWithFixture } from "./rule-data-fixtures.ts";

const ruleFile = JSON.parse(fixtureText("example-rule/reminders.json")) as RuleFile;
const goldenCases = JSON.parse(fixtureText("example-rule/reminders.cases.json")) as GoldenCases;
const ruleId = "reminders.hot-cold-packs-often-bundled";
const newestRelease = shippedRulesets.list().at(-1)!;
const commercialVisit = encounterWith([timed("97110", 25), { code: "97010", modifiers: ["GP"] }], {
  payer: { type: "commercial" },
  dateOfService: newestRelease.effectiveFrom,
});

// rules:check reads every release in full (the ICD-10-CM code sets are 800 KB each): seconds, not milliseconds, on a busy machine.
describe("the guide's example rule", { timeout: 60_000 }, () => {
  const tree = treeWithFixture("example-rule", "rules/");

  it("passes rules:check inside rules/source/, with no warning", () => {
    expect(
      checkTree(tree)
        .filter((problem) => problem.file.includes("example-rule"))
        .map(formatProblem),
    ).toEqual([]);
  });

  it("passes its golden cases, firing and not firing, at their own dates", async () => {
    const ruleset = compileRuleset(bundledReleaseFromFolder(sourceAsRelease(tree.release, sourceManifest)));
    const results = await runCaseFiles(ruleset, [
      { path: "reminders.cases.json", family: "reminders", cases: casesOf(goldenCases) },
    ]);
    expect(results.length).toBe(3);
    expect(results.filter((result) => !passed(result)).map((result) => result.outcome.differences)).toEqual([]);
  });

  it("fires through the validation API once a release holds it", async () => {
    const released = bundledReleaseFromFolder(
      sourceAsRelease(tree.release, {
        ...sourceManifest,
        version: "9999.1.0",
        effectiveFrom: newestRelease.effectiveFrom,
      }),
    );
    const result = await validateEncounter(commercialVisit, createRulesetRegistry([released]));
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId,
        severity: "info",
        services: [1],
        codes: ["97010"],
        message: expect.stringContaining("97010 (hot or cold packs)"),
      }),
    );
  });

  it("is not among the shipped rules", async () => {
    expect(ruleFile.rules.map((rule) => rule.id)).toEqual([ruleId]);
    const result = await validateEncounter(commercialVisit, shippedRulesets);
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain(ruleId);
  });
});
