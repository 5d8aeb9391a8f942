// Medically Unlikely Edits: the units on the lines to bill compared with the release's MUE
// table. Indicator 1 limits each line; 2 and 3 limit the day's units of the code over all lines.
import { choice, paramsSchema } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { mueExcesses } from "./mue-excesses.ts";

export const unitsAboveMedicallyUnlikelyEdit: FactDefinition = {
  description:
    "Billed units above the code's Medically Unlikely Edit on the date of service: per line for adjudication indicator 1, per day (all lines of the code) for 2 and 3. Items cite the MUE row's source.",
  stage: "billing",
  params: paramsSchema({
    adjudicationIndicator: choice("only edits with this MUE adjudication indicator (1, 2 or 3)", [1, 2, 3]),
  }),
  itemFields: ["code", "units", "maxUnits", "adjudicationIndicator", "rationale", "services", "codes"],
  example: { params: { adjudicationIndicator: 3 } },
  canMatch: (params, tables) => ({
    codes: tables.mue.edits
      .filter(
        (edit) =>
          params.adjudicationIndicator === undefined ||
          Number(params.adjudicationIndicator) === edit.adjudicationIndicator,
      )
      .map((edit) => edit.code),
  }),
  compute: (context, params): FindingItem[] =>
    mueExcesses(context)
      .filter(
        (excess) =>
          params.adjudicationIndicator === undefined ||
          Number(params.adjudicationIndicator) === excess.edit.adjudicationIndicator,
      )
      .map((excess) => ({
        code: excess.code,
        units: excess.units,
        maxUnits: excess.edit.maxUnits,
        adjudicationIndicator: excess.edit.adjudicationIndicator,
        rationale: excess.edit.rationale ?? `MUE adjudication indicator ${excess.edit.adjudicationIndicator}`,
        services: excess.services,
        codes: [excess.code],
        source: excess.edit.source,
      })),
};
