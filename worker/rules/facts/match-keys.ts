// Reading a release's tables for what a fact can match (FactDefinition.canMatch): the codes,
// modifiers, payers and disciplines of which an encounter needs one for the fact to have items.
import type { CatalogCode, DisciplineEntry, ModifierEntry, PayerProfile } from "../bundled-release.ts";
import type { CompiledTables } from "../compiled-tables.ts";

/** The catalog's codes whose entry passes. */
export function catalogCodes(tables: CompiledTables, passes: (entry: CatalogCode) => boolean): string[] {
  return tables.catalog.codes.filter(passes).map((entry) => entry.code);
}

/** Every modifier of the category in the table, whatever its window. */
export function modifiersOfCategory(tables: CompiledTables, category: ModifierEntry["categories"][number]): string[] {
  return tables.modifiers.modifiers
    .filter((entry) => entry.categories.includes(category))
    .map((entry) => entry.modifier);
}

/** The disciplines whose table entry passes. */
export function disciplinesWhere(tables: CompiledTables, passes: (entry: DisciplineEntry) => boolean): string[] {
  return Object.entries(tables.disciplines.disciplines).flatMap(([discipline, entry]) =>
    passes(entry) ? [discipline] : [],
  );
}

/** The payer types whose profile passes. */
export function payersWhere(tables: CompiledTables, passes: (profile: PayerProfile) => boolean): string[] {
  return Object.entries(tables.payerProfiles.profiles).flatMap(([payer, profile]) => (passes(profile) ? [payer] : []));
}
