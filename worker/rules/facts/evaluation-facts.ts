// Facts about evaluation codes, read against the release's evaluation families
// (tables/evaluation-families.json): who furnishes each family, and how many a day allows.
import type { EvaluationContext } from "../evaluation-context.ts";
import { providerDiscipline, withArticle } from "./discipline-lookup.ts";
import type { CompiledTables } from "../compiled-tables.ts";
import type { FactDefinition, FactParams, FindingItem, MatchKeys } from "./fact-definition.ts";

interface EvaluationFamily {
  name: string;
  codes: string[];
  perDay: number;
  disciplines: string[];
  source: string;
}

/** The release's families; a release without the table has none. */
function families(context: EvaluationContext): readonly EvaluationFamily[] {
  return context.tables.evaluationFamilies?.families ?? [];
}

/** Only an encounter with an evaluation code has anything to say about evaluations. */
function evaluationCodes(_params: FactParams, tables: CompiledTables): MatchKeys {
  return { codes: (tables.evaluationFamilies?.families ?? []).flatMap((family) => family.codes) };
}

export const evaluationsByOtherDisciplines: FactDefinition = {
  description:
    "Evaluation lines whose family (tables/evaluation-families.json) the rendering clinician's discipline does not furnish: a PTA's 97161, an OT's 97161, a PT's 97165. Items cite the family's source.",
  stage: "coding",
  itemFields: [
    "service",
    "code",
    "family",
    "discipline",
    "disciplineWithArticle",
    "evaluatingDisciplines",
    "services",
    "codes",
  ],
  example: {},
  canMatch: evaluationCodes,
  compute(context): FindingItem[] {
    const { discipline, entry } = providerDiscipline(context);
    return context.encounter.services.flatMap((service, index) => {
      const family = families(context).find((candidate) => candidate.codes.includes(service.code));
      if (!family || family.disciplines.includes(discipline) || !context.onClaim(index)) return [];
      const names = family.disciplines.map(
        (code) =>
          context.tables.disciplines.disciplines[code as keyof typeof context.tables.disciplines.disciplines]?.name ??
          code,
      );
      return [
        {
          service: index,
          code: service.code,
          family: family.name,
          discipline,
          disciplineWithArticle: withArticle(entry.name),
          evaluatingDisciplines: names.join(", "),
          services: [index],
          codes: [service.code],
          source: family.source,
        },
      ];
    });
  },
};

export const evaluationsAboveDailyLimit: FactDefinition = {
  description:
    "Evaluation families billed more times on the day than `perDay` allows (tables/evaluation-families.json; units and lines together): one item per family, naming every line of it. Items cite the family's source.",
  stage: "coding",
  itemFields: ["family", "count", "perDay", "services", "codes"],
  example: {},
  canMatch: evaluationCodes,
  compute(context): FindingItem[] {
    return families(context).flatMap((family) => {
      const lines = context.encounter.services.flatMap((service, index) =>
        family.codes.includes(service.code) && context.onClaim(index) ? [index] : [],
      );
      const count = lines.reduce((total, index) => total + (context.encounter.services[index]!.units ?? 1), 0);
      if (count <= family.perDay) return [];
      return [
        {
          family: family.name,
          count,
          perDay: family.perDay,
          services: lines,
          codes: lines.map((index) => context.encounter.services[index]!.code),
          source: family.source,
        },
      ];
    });
  },
};
