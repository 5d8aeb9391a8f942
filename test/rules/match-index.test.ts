import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import type { Rule } from "../../worker/generated/types/rules/rule-file.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { BundledRelease } from "../../worker/rules/bundled-release.ts";
import { compileRuleset, type CompiledRuleset } from "../../worker/rules/compiled-ruleset.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { MatchIndex, meetsAll } from "../../worker/rules/match-index.ts";
import { buildRuleEngine } from "../../worker/rules/rule-engine.ts";
import { evaluateEncounter } from "../../worker/validation/evaluate-encounter.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { benchmarkReleases, generateCorpus } from "../bench/corpus.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { plausibleEncounter, propertySeed } from "../properties/encounter-arbitraries.ts";

const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", {
  query: "?raw",
  import: "default",
  eager: true,
})["/rules/corpus/sample-encounters.ndjson"]!;

const tables = compileTables(bundledReleases.at(-1)!);
const rule = (forEach: Rule["forEach"]): Rule => ({
  id: "test.rule",
  description: "a test rule",
  source: "test source",
  finding: { severity: "warning", message: "m", fix: "f" },
  forEach,
});

function canMatch(forEach: Rule["forEach"], encounter: Encounter): boolean {
  const index = new MatchIndex(tables);
  const requirements = index.requirementsOf(rule(forEach));
  return requirements === undefined || meetsAll(index.metBy(encounter), requirements);
}

describe("MatchIndex", () => {
  const massage = encounterWith([timed("97124", 20)]);

  it("rules out a rule whose forEach list needs a code the encounter lacks", () => {
    expect(canMatch({ fact: "services", params: { codes: ["97140"] } }, massage)).toBe(false);
    expect(canMatch({ fact: "services", params: { codes: ["97124"] } }, massage)).toBe(true);
  });

  it("needs every kind of key the fact declares: a code with the tag and a line with the modifier", () => {
    const params = { tags: ["massage"], withAnyModifier: ["59"] };
    expect(canMatch({ fact: "services", params }, massage)).toBe(false);
    expect(canMatch({ fact: "services", params }, encounterWith([timed("97124", 20, { modifiers: ["59"] })]))).toBe(
      true,
    );
  });

  it("reads the payer and the discipline", () => {
    const medicare = encounterWith([timed("97010", 10)], { payer: { type: "medicare" } });
    expect(canMatch({ fact: "payerBundledServices" }, medicare)).toBe(true);
    expect(
      canMatch(
        { fact: "payerBundledServices" },
        encounterWith([timed("97010", 10)], { payer: { type: "commercial" } }),
      ),
    ).toBe(false);
    expect(
      canMatch(
        { fact: "servicesWithoutAssistantModifier" },
        encounterWith([timed("97110", 20)], { provider: { discipline: "PTA" } }),
      ),
    ).toBe(true);
    expect(
      canMatch(
        { fact: "servicesWithoutAssistantModifier" },
        encounterWith([timed("97110", 20)], { provider: { discipline: "PT" } }),
      ),
    ).toBe(false);
  });

  it("never rules out a rule whose fact declares nothing, or that has no forEach", () => {
    expect(canMatch({ fact: "unknownCodes" }, massage)).toBe(true);
    expect(canMatch({ fact: "services", params: { withoutTags: ["massage"] } }, massage)).toBe(true);
    expect(canMatch(undefined, massage)).toBe(true);
  });

  it("rules out every encounter when the release gives the fact nothing to match (an empty MUE table)", () => {
    expect(tables.mue.edits).toEqual([]);
    expect(canMatch({ fact: "unitsAboveMedicallyUnlikelyEdit", params: { adjudicationIndicator: 1 } }, massage)).toBe(
      false,
    );
  });
});

/** The release compiled as usual, and the same release with every rule going to the precheck. */
function withAndWithoutIndex(release: BundledRelease): [CompiledRuleset, CompiledRuleset] {
  const indexed = compileRuleset(release);
  return [indexed, { ...indexed, engine: buildRuleEngine(indexed.ruleFiles) }];
}

describe("the answers with the match index", () => {
  const sample = sampleCorpus
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
  const generated = fc.sample(plausibleEncounter, { seed: propertySeed, numRuns: 400 });
  // The benchmark's releases carry a few MUE rows, so the MUE rules fire too.
  const cases = benchmarkReleases(bundledReleases).map((release) => ({
    version: release.version,
    rulesets: withAndWithoutIndex(release),
    encounters: [...sample, ...generateCorpus([release], { seed: 31, count: 400 }), ...generated].map((encounter) =>
      parseEncounter(encounter),
    ),
  }));

  it.each(cases)(
    "are the same as without it, byte for byte, on release $version",
    async ({ rulesets: [indexed, plain], encounters }) => {
      const differences: string[] = [];
      for (const encounter of encounters) {
        const [withIndex, without] = [
          JSON.stringify(await evaluateEncounter(encounter, indexed)),
          JSON.stringify(await evaluateEncounter(encounter, plain)),
        ];
        if (withIndex !== without) differences.push(`${encounter.encounterId}: ${withIndex} ≠ ${without}`);
      }
      expect(differences).toEqual([]);
    },
    60_000,
  );

  it("skips rules on most encounters, so the comparison means something", () => {
    const [indexed] = cases.at(-1)!.rulesets;
    const index = new MatchIndex(indexed.tables);
    const requirements = indexed.ruleFiles.flatMap((file) => file.rules).map((each) => index.requirementsOf(each));
    const skipped = cases
      .at(-1)!
      .encounters.map(
        (encounter) => requirements.filter((each) => each && !meetsAll(index.metBy(encounter), each)).length,
      );
    expect(skipped.filter((count) => count > 0).length).toBeGreaterThan(skipped.length * 0.9);
  });
});
