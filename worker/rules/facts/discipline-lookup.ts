// Reads the provider's discipline against the release's disciplines table
// (tables/disciplines.json). Shared by the therapy-modifier and provider facts.
import type { DisciplineCode, DisciplineEntry } from "../bundled-release.ts";
import type { EvaluationContext } from "../evaluation-context.ts";

export function providerDiscipline(context: EvaluationContext): { discipline: DisciplineCode; entry: DisciplineEntry } {
  const discipline = context.encounter.provider.discipline;
  return { discipline, entry: context.tables.disciplines.disciplines[discipline] };
}

/** The plan-of-care modifiers: every `therapyModifier` the table assigns, in CMS's order (GP, GO, GN). */
export function therapyModifiersOf(context: EvaluationContext): string[] {
  const assigned = Object.values(context.tables.disciplines.disciplines).flatMap((entry) => (entry.therapyModifier ? [entry.therapyModifier] : []));
  const cmsOrder = ["GP", "GO", "GN"];
  return [...new Set(assigned)].sort((a, b) => cmsOrder.indexOf(a) - cmsOrder.indexOf(b));
}

/** "GP, GO or GN": a list a biller reads as a choice. */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}
