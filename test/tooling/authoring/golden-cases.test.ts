// Every golden case, by the same runner as `npm run rules:test`: rules/source/'s cases, each at its
// own date of service, against the source; and each shipped release's own copy of the cases it was
// cut with, against that release as the worker bundles it (so old answers never change).
import { describe, expect, it } from "vitest";
import type { GoldenCases } from "../../../worker/generated/types/rules/golden-cases.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";
import { casesOf, runGoldenCase } from "../../../worker/rules/golden-case-run.ts";
import { bundledReleaseFromFolder } from "../../../worker/tooling/cli/build-releases.ts";
import { sourceAsRelease, sourceManifest } from "../../../worker/tooling/cli/release-folders.ts";
import { shippedTree } from "./rule-data-fixtures.ts";

const sourceCases = import.meta.glob<GoldenCases>("/rules/source/rules/*.cases.json", {
  eager: true,
  import: "default",
});
const releaseCases = import.meta.glob<GoldenCases>("/rules/releases/*/rules/*.cases.json", {
  eager: true,
  import: "default",
});
const source = shippedTree().source!;
const sourceRuleset = compileRuleset(bundledReleaseFromFolder(sourceAsRelease(source, sourceManifest)));

describe.each(Object.entries(sourceCases))("%s", (_path, file) => {
  it.each(casesOf(file).map((goldenCase) => [goldenCase.name, goldenCase] as const))(
    "%s",
    async (_name, goldenCase) => {
      expect((await runGoldenCase(goldenCase, sourceRuleset)).differences).toEqual([]);
    },
  );
});

describe.each(Object.entries(releaseCases))("%s", (path, file) => {
  const version = path.split("/releases/")[1]!.split("/")[0]!;
  it.each(casesOf(file).map((goldenCase) => [goldenCase.name, goldenCase] as const))(
    "%s",
    async (_name, goldenCase) => {
      expect((await runGoldenCase(goldenCase, shippedRulesets.byVersion(version))).differences).toEqual([]);
    },
  );
});

it("finds golden cases beside every rule file of the source", () => {
  const ruleFiles = Object.keys(import.meta.glob("/rules/source/rules/*.json")).filter(
    (path) => !path.endsWith(".cases.json"),
  );
  expect(ruleFiles.length).toBeGreaterThan(0);
  expect(ruleFiles.filter((path) => !(path.replace(/\.json$/, ".cases.json") in sourceCases))).toEqual([]);
});

describe("casesOf", () => {
  const file = {
    defaults: { encounter: { payer: { type: "medicare" }, patient: { ref: "pt-1" } } },
    cases: [
      {
        name: "a case with a history",
        history: [{ encounterId: "first" }, { encounterId: "other", patient: { ref: "pt-2" } }],
        encounter: { encounterId: "second", payer: { type: "commercial" } },
        expect: { status: "pass" as const },
      },
    ],
  };

  it("fills the encounter and every history visit from the file's defaults, a field given replacing the default whole", () => {
    const [filled] = casesOf(file);
    expect(filled!.encounter).toEqual({
      encounterId: "second",
      payer: { type: "commercial" },
      patient: { ref: "pt-1" },
    });
    expect(filled!.history).toEqual([
      { encounterId: "first", payer: { type: "medicare" }, patient: { ref: "pt-1" } },
      { encounterId: "other", payer: { type: "medicare" }, patient: { ref: "pt-2" } },
    ]);
  });
});
