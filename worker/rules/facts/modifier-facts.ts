// Facts about the modifiers on the encounter's lines, read against the release's modifier table
// (tables/modifiers.json): unknown or out-of-window modifiers, and how 59 and the X modifiers are used.
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { modifiersOfCategory } from "./match-keys.ts";
import { categoryInUse, modifiersInCategory, whyModifierRejected } from "./modifier-lookup.ts";

export const unknownModifiers: FactDefinition = {
  description:
    "One item per modifier that is not in the release's modifier table, or is outside its window on the date of service (e.g. the functional-limitation severity modifiers CH–CN after 2018-12-31, X modifiers before 2015-01-01).",
  stage: "coding",
  itemFields: ["service", "code", "modifier", "reason", "services", "codes"],
  example: {},
  compute(context): FindingItem[] {
    const { dateOfService, services } = context.encounter;
    // Loops rather than flatMap: asked of every encounter with modifiers, and nearly always empty (a measured hot spot).
    const items: FindingItem[] = [];
    services.forEach((service, index) => {
      for (const modifier of service.modifiers ?? []) {
        const entry = context.tables.modifiersByCode.get(modifier);
        const reason = whyModifierRejected(entry, dateOfService);
        if (reason && context.onClaim(index))
          items.push({
            service: index,
            code: service.code,
            modifier,
            reason,
            services: [index],
            codes: [service.code],
            ...(entry ? { source: entry.source } : {}),
          });
      }
    });
    return items;
  },
};

export const distinctServiceModifierConflicts: FactDefinition = {
  description:
    "Lines carrying both 59 and an X modifier (XE, XS, XP, XU): the X modifier already says what 59 says, more precisely.",
  stage: "coding",
  itemFields: ["service", "code", "xModifiers", "services", "codes"],
  example: {},
  canMatch: (_params, tables) => ({ modifiers: modifiersOfCategory(tables, "distinct-procedural") }),
  compute(context): FindingItem[] {
    return context.encounter.services.flatMap((service, index) => {
      // Both kinds on one line take two modifiers; most lines have fewer (a measured hot spot).
      if ((service.modifiers?.length ?? 0) < 2 || !context.onClaim(index)) return [];
      const xModifiers = modifiersInCategory(context, service.modifiers, "x-modifier");
      if (
        modifiersInCategory(context, service.modifiers, "distinct-procedural").length === 0 ||
        xModifiers.length === 0
      )
        return [];
      return [{ service: index, code: service.code, xModifiers, services: [index], codes: [service.code] }];
    });
  },
};

export const modifier59WhereXModifierFits: FactDefinition = {
  description:
    "Lines carrying 59 without an X modifier on a date when the X modifiers are in use: NCCI prefers the X modifier that says why the service was distinct.",
  stage: "coding",
  itemFields: ["service", "code", "xModifiers", "services", "codes"],
  example: {},
  canMatch: (_params, tables) => ({ modifiers: modifiersOfCategory(tables, "distinct-procedural") }),
  compute(context): FindingItem[] {
    const { services } = context.encounter;
    // Most claims carry no 59: look for one before reading the modifier table (a measured hot spot).
    if (!services.some((service) => modifiersInCategory(context, service.modifiers, "distinct-procedural").length > 0))
      return [];
    const xModifiers = categoryInUse(context, "x-modifier");
    if (xModifiers.length === 0) return [];
    return services.flatMap((service, index) => {
      const uses59 = modifiersInCategory(context, service.modifiers, "distinct-procedural").length > 0;
      const usesX = modifiersInCategory(context, service.modifiers, "x-modifier").length > 0;
      return uses59 && !usesX && context.onClaim(index)
        ? [{ service: index, code: service.code, xModifiers, services: [index], codes: [service.code] }]
        : [];
    });
  },
};
