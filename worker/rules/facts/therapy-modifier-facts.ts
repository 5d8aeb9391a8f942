// Facts about the therapy modifiers: GP, GO and GN name the plan of care a therapy service was
// furnished under, CQ and CO mark a service furnished by a therapy assistant. Which modifier a
// discipline takes is data (tables/disciplines.json); these facts compare the lines with it.
import { flag, paramsSchema, textList } from "./param-schema.ts";
import type { DisciplineCode } from "../bundled-release.ts";
import type { EvaluationContext } from "../evaluation-context.ts";
import { orList, providerDiscipline, therapyModifiersOf, withArticle } from "./discipline-lookup.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { listParam } from "./fact-definition.ts";
import { catalogCodes, disciplinesWhere, modifiersOfCategory } from "./match-keys.ts";
import { modifiersInCategory } from "./modifier-lookup.ts";

function serviceItem(context: EvaluationContext, index: number, extra: Record<string, unknown>): FindingItem {
  const service = context.encounter.services[index]!;
  const { discipline, entry } = providerDiscipline(context);
  return {
    service: index,
    code: service.code,
    modifiers: service.modifiers ?? [],
    discipline,
    disciplineName: entry.name,
    disciplineWithArticle: withArticle(entry.name),
    services: [index],
    codes: [service.code],
    ...extra,
  };
}

export const servicesWithoutTherapyModifier: FactDefinition = {
  description:
    "Always-therapy services (catalog `alwaysTherapy`) with none of GP, GO or GN. `expectedModifier` is the provider's discipline's (tables/disciplines.json), \"GP, GO or GN\" where the modifier follows the plan of care (physicians, NPPs), and absent where the discipline furnishes no plan of care and has no modifier (massage therapists, athletic trainers). Only lines on the claim: a line the payer bundles, or that earns no unit, draws no advice about its modifiers.",
  stage: "coding",
  params: paramsSchema({
    withExpectedModifier: flag(
      "true: only when the discipline has a modifier to add (therapists, assistants, chiropractors, physicians, NPPs); false: only when it has none (massage therapists, athletic trainers)",
    ),
  }),
  itemFields: [
    "service",
    "code",
    "modifiers",
    "discipline",
    "disciplineName",
    "disciplineWithArticle",
    "expectedModifier",
    "services",
    "codes",
  ],
  example: { params: { withExpectedModifier: true } },
  canMatch: (params, tables) => ({
    codes: catalogCodes(tables, (entry) => entry.alwaysTherapy === true),
    // A discipline has a modifier to expect when it has its own, or follows the plan of care's.
    disciplines:
      typeof params.withExpectedModifier === "boolean"
        ? disciplinesWhere(
            tables,
            (entry) =>
              (entry.therapyModifier !== undefined || Boolean(entry.therapyPlanOfCare)) === params.withExpectedModifier,
          )
        : undefined,
  }),
  compute(context, params) {
    const { entry } = providerDiscipline(context);
    const therapyModifiers = therapyModifiersOf(context);
    const expectedModifier = entry.therapyModifier ?? (entry.therapyPlanOfCare ? orList(therapyModifiers) : undefined);
    if (
      typeof params.withExpectedModifier === "boolean" &&
      (expectedModifier !== undefined) !== params.withExpectedModifier
    )
      return [];
    return context.encounter.services.flatMap((service, index) => {
      if (!context.catalogEntry(service.code)?.alwaysTherapy || !context.onClaim(index)) return [];
      if ((service.modifiers ?? []).some((modifier) => therapyModifiers.includes(modifier))) return [];
      return [serviceItem(context, index, expectedModifier === undefined ? {} : { expectedModifier })];
    });
  },
};

export const therapyModifierMismatches: FactDefinition = {
  description:
    "Services carrying a plan-of-care modifier (GP, GO, GN) other than the one the provider's discipline takes (an OT's line with GP). Disciplines without a fixed modifier (physicians, NPPs, massage therapists, athletic trainers) are not checked.",
  stage: "coding",
  itemFields: [
    "service",
    "code",
    "modifiers",
    "modifier",
    "discipline",
    "disciplineName",
    "expectedModifier",
    "services",
    "codes",
  ],
  example: {},
  canMatch: (_params, tables) => {
    const fixed = disciplinesWhere(tables, (entry) => entry.therapyModifier !== undefined);
    return {
      disciplines: fixed,
      modifiers: fixed.map(
        (discipline) => tables.disciplines.disciplines[discipline as DisciplineCode].therapyModifier!,
      ),
    };
  },
  compute(context) {
    const expectedModifier = providerDiscipline(context).entry.therapyModifier;
    if (!expectedModifier) return [];
    const therapyModifiers = therapyModifiersOf(context);
    return context.encounter.services.flatMap((service, index) => {
      if (!context.onClaim(index)) return [];
      const wrong = (service.modifiers ?? []).filter(
        (modifier) => therapyModifiers.includes(modifier) && modifier !== expectedModifier,
      );
      return wrong.length === 0 ? [] : [serviceItem(context, index, { modifier: wrong.join(", "), expectedModifier })];
    });
  },
};

export const servicesWithoutAssistantModifier: FactDefinition = {
  description:
    "For a therapy assistant (a discipline with an `assistantModifier`: PTA → CQ, OTA → CO): therapy lines (always-therapy codes, or lines with GP, GO or GN) without the assistant modifier, on lines on the claim.",
  stage: "coding",
  itemFields: [
    "service",
    "code",
    "modifiers",
    "discipline",
    "disciplineName",
    "assistantModifier",
    "therapyModifier",
    "services",
    "codes",
  ],
  example: {},
  canMatch: (_params, tables) => ({
    disciplines: disciplinesWhere(tables, (entry) => entry.assistantModifier !== undefined),
  }),
  compute(context) {
    const { entry } = providerDiscipline(context);
    const assistantModifier = entry.assistantModifier;
    if (!assistantModifier) return [];
    const therapyModifiers = therapyModifiersOf(context);
    return context.encounter.services.flatMap((service, index) => {
      const modifiers = service.modifiers ?? [];
      const therapyLine =
        context.catalogEntry(service.code)?.alwaysTherapy ||
        modifiers.some((modifier) => therapyModifiers.includes(modifier));
      if (!therapyLine || !context.onClaim(index) || modifiers.includes(assistantModifier)) return [];
      return [serviceItem(context, index, { assistantModifier, therapyModifier: entry.therapyModifier })];
    });
  },
};

/** CQ → GP, CO → GO: each assistant modifier goes with the plan-of-care modifier of the discipline that uses it (tables/disciplines.json). */
function therapyModifierPairedWith(context: EvaluationContext, assistantModifier: string): string | undefined {
  return Object.values(context.tables.disciplines.disciplines).find(
    (entry) => entry.assistantModifier === assistantModifier,
  )?.therapyModifier;
}

export const assistantModifierMisuse: FactDefinition = {
  description:
    "Lines carrying an assistant modifier (CQ, CO) the rendering clinician's discipline does not take. `therapist-own-line`: a therapist's line with the assistant modifier of their own discipline (a PT's CQ), which cuts payment to 85% unless an assistant really furnished part of the service; `other-discipline`: another discipline's assistant modifier (a PT's CO, an SLP's CQ). Assistants' own modifiers, and physicians and non-physician practitioners (no fixed plan-of-care modifier), are not items.",
  stage: "coding",
  params: paramsSchema({
    kinds: textList(
      "only items of these kinds (therapist-own-line, other-discipline)",
      ["therapist-own-line"],
      ["therapist-own-line", "other-discipline"],
    ),
  }),
  itemFields: [
    "service",
    "code",
    "modifiers",
    "modifier",
    "kind",
    "pairedTherapyModifier",
    "discipline",
    "disciplineName",
    "disciplineWithArticle",
    "therapyModifier",
    "services",
    "codes",
  ],
  example: { params: { kinds: ["therapist-own-line"] } },
  canMatch: (_params, tables) => ({
    modifiers: modifiersOfCategory(tables, "therapy-assistant"),
    disciplines: disciplinesWhere(tables, (entry) => !(entry.therapyPlanOfCare && !entry.therapyModifier)),
  }),
  compute(context, params) {
    const { entry } = providerDiscipline(context);
    // Physicians and NPPs bill under any plan of care; their lines are not judged here.
    if (entry.therapyPlanOfCare && !entry.therapyModifier) return [];
    const kinds = listParam(params, "kinds");
    return context.encounter.services.flatMap((service, index) =>
      !context.onClaim(index)
        ? []
        : modifiersInCategory(context, service.modifiers, "therapy-assistant").flatMap((modifier) => {
            if (modifier === entry.assistantModifier) return [];
            const pairedTherapyModifier = therapyModifierPairedWith(context, modifier);
            const kind =
              !entry.assistantModifier &&
              pairedTherapyModifier !== undefined &&
              pairedTherapyModifier === entry.therapyModifier
                ? "therapist-own-line"
                : "other-discipline";
            if (kinds && !kinds.includes(kind)) return [];
            return [
              serviceItem(context, index, {
                modifier,
                kind,
                pairedTherapyModifier,
                therapyModifier: entry.therapyModifier ?? "none",
              }),
            ];
          }),
    );
  },
};
