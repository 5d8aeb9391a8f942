// Reads a line's modifiers against the release's modifier table (tables/modifiers.json) on the
// encounter's date of service. Shared by the modifier and NCCI facts.
import type { ModifierEntry } from "../bundled-release.ts";
import type { EvaluationContext } from "../evaluation-context.ts";
import { withinWindow } from "./dated-rows.ts";

export type ModifierCategory = ModifierEntry["categories"][number];

/** The line's modifiers that are known, in use on the date of service and in the category, in line order. */
export function modifiersInCategory(
  context: EvaluationContext,
  modifiers: readonly string[] | undefined,
  category: ModifierCategory,
): string[] {
  return (modifiers ?? []).filter((modifier) => {
    const entry = context.tables.modifiersByCode.get(modifier);
    return entry?.categories.includes(category) && withinWindow(entry, context.encounter.dateOfService);
  });
}

/** Every modifier of the category in use on the date of service, in table order. */
export function categoryInUse(context: EvaluationContext, category: ModifierCategory): string[] {
  return context.tables.modifiers.modifiers
    .filter((entry) => entry.categories.includes(category) && withinWindow(entry, context.encounter.dateOfService))
    .map((entry) => entry.modifier);
}

/** Why a modifier is rejected on the date of service, or undefined when it is fine. */
export function whyModifierRejected(entry: ModifierEntry | undefined, dateOfService: string): string | undefined {
  if (!entry) return "is not a modifier ClaimLint knows";
  if (entry.effectiveTo !== undefined && dateOfService > entry.effectiveTo)
    return `was in use only through ${entry.effectiveTo}, before this date of service`;
  if (entry.effectiveFrom !== undefined && dateOfService < entry.effectiveFrom)
    return `is in use only from ${entry.effectiveFrom}, after this date of service`;
  return undefined;
}
