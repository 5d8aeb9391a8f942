// Computes a registered fact for an encounter against the shipped release's tables, as the
// engine would: facts are pure functions of the evaluation context and their params.
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { createEvaluationContext } from "../../worker/rules/evaluation-context.ts";
import { factRegistry } from "../../worker/rules/facts/index.ts";

export const shippedTables = compileTables(bundledReleases[bundledReleases.length - 1]!);

export function factValue(name: string, encounter: Encounter, params: Record<string, unknown> = {}): unknown {
  const fact = factRegistry[name];
  if (!fact) throw new Error(`no fact named ${name}`);
  return fact.compute(createEvaluationContext(encounter, shippedTables), params);
}

/** A list fact's items (one per finding a rule would emit). */
export function factItems(
  name: string,
  encounter: Encounter,
  params: Record<string, unknown> = {},
): Record<string, unknown>[] {
  return factValue(name, encounter, params) as Record<string, unknown>[];
}
