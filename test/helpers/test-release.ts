// Builds releases for tests: the shipped release with some tables replaced (a pair row, an MUE
// row), so a fact or a rule can be exercised on data the shipped release does not hold.
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { BundledRelease, MueEdit, PtpEdit, ReleaseTables } from "../../worker/rules/bundled-release.ts";
import { compileTables } from "../../worker/rules/compiled-tables.ts";
import { createEvaluationContext, type EvaluationContext } from "../../worker/rules/evaluation-context.ts";
import { factRegistry } from "../../worker/rules/facts/index.ts";

export const shippedRelease: BundledRelease = bundledReleases[bundledReleases.length - 1]!;

export function releaseWithTables(tables: Partial<ReleaseTables>): BundledRelease {
  return {
    ...shippedRelease,
    version: "0000.1.0",
    hash: "sha256-test-release",
    tables: { ...shippedRelease.tables, ...tables },
  };
}

/** The shipped release with its pair table replaced by these rows. */
export function releaseWithPairEdits(edits: PtpEdit[]): BundledRelease {
  return releaseWithTables({ ncciPtpEdits: { ...shippedRelease.tables.ncciPtpEdits, edits } });
}

/** The shipped release with its MUE table replaced by these rows. */
export function releaseWithMueEdits(edits: MueEdit[]): BundledRelease {
  return releaseWithTables({ mue: { ...shippedRelease.tables.mue, edits } });
}

export function contextFor(encounter: Encounter, release: BundledRelease = shippedRelease): EvaluationContext {
  return createEvaluationContext(encounter, compileTables(release));
}

export function factItemsFor(
  name: string,
  context: EvaluationContext,
  params: Record<string, unknown> = {},
): Record<string, unknown>[] {
  const fact = factRegistry[name];
  if (!fact) throw new Error(`no fact named ${name}`);
  return fact.compute(context, params) as Record<string, unknown>[];
}

export function pairEdit(column1: string, column2: string, fields: Partial<PtpEdit> = {}): PtpEdit {
  return {
    column1,
    column2,
    effectiveDate: "2020-01-01",
    modifierIndicator: 1,
    rationale: "Test rationale",
    source: "test fixture row",
    ...fields,
  };
}
