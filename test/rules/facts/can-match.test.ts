// Every fact's "can match" declaration against what the fact computes: whenever a list has an
// item, the encounter holds the keys the fact declared. A declaration that claimed too much would
// let the match index skip a rule that fires; this finds it on the shipped releases' own params.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Encounter } from "../../../worker/generated/types/encounter.ts";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import { compileTables, type CompiledTables } from "../../../worker/rules/compiled-tables.ts";
import { createEvaluationContext } from "../../../worker/rules/evaluation-context.ts";
import type { FactParams, MatchKeys } from "../../../worker/rules/facts/fact-definition.ts";
import { factRegistry } from "../../../worker/rules/facts/index.ts";
import { parseEncounter } from "../../../worker/validation/validate-encounter.ts";
import { benchmarkReleases, generateCorpus } from "../../bench/corpus.ts";
import { plausibleEncounter, propertySeed } from "../../properties/encounter-arbitraries.ts";

/** Every fact and params a rule of the release asks for (forEach and conditions), and each fact's example. */
function factUses(release: (typeof bundledReleases)[number]): { fact: string; params: FactParams }[] {
  const uses = new Map<string, { fact: string; params: FactParams }>();
  const add = (fact: string, params: FactParams = {}) => uses.set(`${fact}${JSON.stringify(params)}`, { fact, params });
  const walk = (condition: unknown): void => {
    if (Array.isArray(condition)) condition.forEach(walk);
    else if (condition && typeof condition === "object") {
      const node = condition as { fact?: unknown; params?: FactParams; all?: unknown; any?: unknown; not?: unknown };
      if (typeof node.fact === "string") add(node.fact, node.params);
      for (const nested of [node.all, node.any, node.not]) if (nested !== undefined) walk(nested);
    }
  };
  for (const rule of release.ruleFiles.flatMap((file) => file.rules)) {
    if (rule.forEach) add(rule.forEach.fact, rule.forEach.params);
    walk(rule.when);
  }
  for (const [name, fact] of Object.entries(factRegistry)) add(name, fact.example.params);
  return [...uses.values()].filter(({ fact }) => factRegistry[fact]?.canMatch);
}

function holdsKeys(encounter: Encounter, keys: MatchKeys): boolean {
  const has = (values: readonly string[] | undefined, present: readonly string[]) =>
    values === undefined || present.some((value) => values.includes(value));
  return (
    has(
      keys.codes,
      encounter.services.map((service) => service.code),
    ) &&
    has(
      keys.modifiers,
      encounter.services.flatMap((service) => service.modifiers ?? []),
    ) &&
    has(keys.payers, [encounter.payer.type]) &&
    has(keys.disciplines, [encounter.provider.discipline])
  );
}

/** The encounters on which the fact has items without holding the keys: none for a sound declaration. */
function itemsWithoutKeys(
  fact: string,
  params: FactParams,
  keys: MatchKeys,
  tables: CompiledTables,
  encounters: readonly Encounter[],
): string[] {
  const wrong: string[] = [];
  for (const encounter of encounters) {
    // Also with the first service off the claim, as a later round of the coding rules sees it.
    for (const leftOff of [new Set<number>(), new Set([0])]) {
      const value = factRegistry[fact]!.compute(createEvaluationContext(encounter, tables, leftOff), params);
      if (Array.isArray(value) && value.length > 0 && !holdsKeys(encounter, keys))
        wrong.push(`${fact} ${JSON.stringify(params)} on ${encounter.encounterId}`);
    }
  }
  return wrong;
}

function hasItemsOnSome(
  fact: string,
  params: FactParams,
  tables: CompiledTables,
  encounters: readonly Encounter[],
): boolean {
  return encounters.some(
    (encounter) =>
      (factRegistry[fact]!.compute(createEvaluationContext(encounter, tables), params) as unknown[]).length > 0,
  );
}

const generated = fc
  .sample(plausibleEncounter, { seed: propertySeed, numRuns: 300 })
  .map((encounter) => parseEncounter(encounter));

describe("what facts say they can match", () => {
  const cases = benchmarkReleases(bundledReleases).map((release) => ({
    version: release.version,
    tables: compileTables(release) as CompiledTables,
    uses: factUses(release),
    encounters: [
      ...generateCorpus([release], { seed: 23, count: 300 }).map((encounter) => parseEncounter(encounter)),
      ...generated,
    ],
  }));

  it.each(cases)(
    "holds whenever a fact has items, for every use in release $version",
    ({ tables, uses, encounters }) => {
      const wrong = uses.flatMap(({ fact, params }) =>
        itemsWithoutKeys(fact, params, factRegistry[fact]!.canMatch!(params, tables), tables, encounters),
      );
      expect(wrong).toEqual([]);
      // Not vacuous: most declared uses have items on some encounter.
      expect(
        uses.filter(({ fact, params }) => hasItemsOnSome(fact, params, tables, encounters)).length,
      ).toBeGreaterThan(uses.length / 2);
    },
    60_000,
  );

  it("finds a declaration that claims too much", () => {
    const { tables, encounters } = cases.at(-1)!;
    expect(itemsWithoutKeys("services", {}, { codes: ["97110"] }, tables, encounters)).not.toEqual([]);
    expect(itemsWithoutKeys("services", {}, { payers: ["medicare"] }, tables, encounters)).not.toEqual([]);
  });

  it("reads tags into the catalog's codes that carry them", () => {
    const { tables } = cases.at(-1)!;
    const unlisted = tables.catalog.codes
      .filter((entry) => entry.tags?.includes("unlisted"))
      .map((entry) => entry.code);
    expect(unlisted.length).toBeGreaterThan(0);
    expect(factRegistry.services!.canMatch!({ tags: ["unlisted"], withDescription: true }, tables)).toEqual({
      codes: unlisted,
      modifiers: undefined,
    });
  });

  it("declares no codes when a code outside the catalog could be an item", () => {
    const { tables } = cases.at(-1)!;
    expect(factRegistry.services!.canMatch!({ withoutTags: ["massage"] }, tables).codes).toBeUndefined();
    expect(factRegistry.services!.canMatch!({ codes: ["99999"], withoutTags: ["massage"] }, tables).codes).toEqual([
      "99999",
    ]);
  });
});
