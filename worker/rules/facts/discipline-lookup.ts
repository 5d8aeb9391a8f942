// Reads the provider's discipline against the release's disciplines table
// (tables/disciplines.json). Shared by the therapy-modifier and provider facts.
import type { DisciplineCode, DisciplineEntry } from "../bundled-release.ts";
import type { EvaluationContext } from "../evaluation-context.ts";

export function providerDiscipline(context: EvaluationContext): { discipline: DisciplineCode; entry: DisciplineEntry } {
  const discipline = context.encounter.provider.discipline;
  return { discipline, entry: context.tables.disciplines.disciplines[discipline] };
}

// Read once per release's table: several facts ask on every evaluation (a measured hot spot, BENCHMARKS.md).
const therapyModifiersByTable = new WeakMap<object, readonly string[]>();

/** The plan-of-care modifiers: every `therapyModifier` the table assigns, in CMS's order (GP, GO, GN). */
export function therapyModifiersOf(context: EvaluationContext): readonly string[] {
  const table = context.tables.disciplines;
  let modifiers = therapyModifiersByTable.get(table);
  if (!modifiers) {
    const assigned = Object.values(table.disciplines).flatMap((entry) =>
      entry.therapyModifier ? [entry.therapyModifier] : [],
    );
    const cmsOrder = ["GP", "GO", "GN"];
    modifiers = Object.freeze([...new Set(assigned)].sort((a, b) => cmsOrder.indexOf(a) - cmsOrder.indexOf(b)));
    therapyModifiersByTable.set(table, modifiers);
  }
  return modifiers;
}

/** "GP, GO or GN": a list a biller reads as a choice. */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}

/** "an athletic trainer", "a physical therapist": the discipline's name as a sentence needs it. */
export function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
}
