// The benchmark's corpus must be the same every run and valid, or runs could not be compared.
import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { createRulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { benchmarkReleases, generateCorpus, npiCheckDigit } from "./corpus.ts";
import { patientSequences, replaySequence } from "./patient-sequences.ts";
import { syntheticPairRows } from "./synthetic-pairs.ts";

describe("the benchmark corpus", () => {
  it("is the same for the same seed and differs for another", () => {
    const first = generateCorpus(bundledReleases, { seed: 7, count: 50 });
    expect(generateCorpus(bundledReleases, { seed: 7, count: 50 })).toEqual(first);
    expect(generateCorpus(bundledReleases, { seed: 8, count: 50 })).not.toEqual(first);
  });

  it("passes the encounter schema, so it measures the rules and not the schema gate's refusals", () => {
    for (const encounter of generateCorpus(bundledReleases, { seed: 7, count: 300 }))
      expect(() => parseEncounter(encounter)).not.toThrow();
  });

  it("has 1 to 8 services per encounter, or exactly the number asked for", () => {
    const counts = generateCorpus(bundledReleases, { seed: 7, count: 300 }).map(
      (encounter) => encounter.services.length,
    );
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(8);
    expect(
      generateCorpus(bundledReleases, { seed: 7, count: 20, services: 50 }).every(
        (encounter) => encounter.services.length === 50,
      ),
    ).toBe(true);
  });

  it("computes the NPI check digit over the prefix 80840 (1234567893 is valid)", () => {
    expect(npiCheckDigit("123456789")).toBe(3);
  });
});

describe("the patients' visit sequences", () => {
  it("make every rule that reads earlier visits fire, which the patient-free corpus cannot", async () => {
    const releases = benchmarkReleases(bundledReleases);
    const registry = createRulesetRegistry(releases);
    const fired = new Set<string>();
    for (const sequence of patientSequences())
      for (const result of await replaySequence(sequence, registry))
        for (const finding of result.findings) fired.add(finding.ruleId);
    const historyFamilies = ["kx", "progress-report", "plan-of-care", "same-day"];
    const historyRules = releases
      .at(-1)!
      .ruleFiles.filter((file) => historyFamilies.includes(file.family))
      .flatMap((file) => file.rules.map((rule) => rule.id));
    expect(historyRules.length).toBeGreaterThan(10);
    expect(historyRules.filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe("synthetic pair rows", () => {
  it("are as many as asked for, unique by pair, and never pair two catalog codes", () => {
    const real = ["97110", "97140"];
    const rows = syntheticPairRows(2000, real, 1);
    expect(rows).toHaveLength(2000);
    expect(new Set(rows.map((row) => `${row.column1}|${row.column2}`)).size).toBe(2000);
    expect(rows.some((row) => real.includes(row.column2))).toBe(false);
    expect(rows.some((row) => real.includes(row.column1))).toBe(true);
  });
});
