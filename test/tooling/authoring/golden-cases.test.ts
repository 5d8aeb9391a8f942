// Every rule file's golden cases, run by the release they sit in (the same runner as `npm run rules:test`).
import { describe, expect, it } from "vitest";
import type { GoldenCases } from "../../../worker/generated/types/rules/golden-cases.ts";
import { runGoldenCase } from "../../../worker/tooling/authoring/golden-cases.ts";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";

const caseFiles = import.meta.glob<GoldenCases>("/rules/releases/*/rules/*.cases.json", { eager: true, import: "default" });

describe.each(Object.entries(caseFiles))("%s", (path, file) => {
  const version = path.split("/releases/")[1]!.split("/")[0]!;
  it.each(file.cases.map((goldenCase) => [goldenCase.name, goldenCase] as const))("%s", async (_name, goldenCase) => {
    const outcome = await runGoldenCase(goldenCase, shippedRulesets.byVersion(version));
    expect(outcome.differences).toEqual([]);
  });
});

it("finds golden cases for every shipped rule file", () => {
  const ruleFiles = Object.keys(import.meta.glob("/rules/releases/*/rules/*.json")).filter((path) => !path.endsWith(".cases.json"));
  const missing = ruleFiles.filter((path) => !(path.replace(/\.json$/, ".cases.json") in caseFiles));
  expect(ruleFiles.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
