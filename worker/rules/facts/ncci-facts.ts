// NCCI procedure-to-procedure pair edits found on an encounter, as rule items: both codes and
// lines, the row's rationale and source, and the modifiers that decide the outcome.
import { choice, flag, paramsSchema } from "./param-schema.ts";
import type { FactDefinition, FactParams, FindingItem } from "./fact-definition.ts";
import type { CompiledTables } from "../compiled-tables.ts";
import { modifiersOfCategory } from "./match-keys.ts";
import { pairEditHits, type PairEditHit } from "./pair-edit-hits.ts";

function matchesParams(hit: PairEditHit, params: FactParams): boolean {
  if (params.modifierIndicator !== undefined && Number(params.modifierIndicator) !== hit.edit.modifierIndicator)
    return false;
  const columnTwo = hit.columnTwoBypassModifiers.length > 0 ? "present" : "absent";
  const columnOne = hit.columnOneBypassModifiers.length > 0 ? "present" : "absent";
  if (params.columnTwoBypass !== undefined && params.columnTwoBypass !== columnTwo) return false;
  if (params.columnOneBypass !== undefined && params.columnOneBypass !== columnOne) return false;
  if (params.withNeverBypassModifier === true && hit.columnTwoNeverBypassModifiers.length === 0) return false;
  if (params.withOtherServiceModifier === true && hit.columnTwoOtherServiceModifiers.length === 0) return false;
  return true;
}

/** The modifiers the params require on a line of the pair, if any: the most specific category they name. */
function modifiersNeeded(params: FactParams, tables: CompiledTables): string[] | undefined {
  if (params.withNeverBypassModifier === true) return modifiersOfCategory(tables, "never-bypass");
  if (
    params.withOtherServiceModifier === true ||
    params.columnTwoBypass === "present" ||
    params.columnOneBypass === "present"
  )
    return modifiersOfCategory(tables, "ncci-associated");
  return undefined;
}

function pairEditItem(hit: PairEditHit, citeRowSource: boolean): FindingItem {
  const { edit, column1Service, column2Service } = hit;
  return {
    column1Code: edit.column1,
    column2Code: edit.column2,
    column1Service,
    column2Service,
    modifierIndicator: edit.modifierIndicator,
    rationale: edit.rationale,
    effectiveDate: edit.effectiveDate,
    deletionDate: edit.deletionDate ?? "none",
    bypassModifiers: hit.columnTwoBypassModifiers,
    misplacedModifiers: hit.columnOneBypassModifiers,
    neverBypassModifiers: hit.columnTwoNeverBypassModifiers,
    otherServiceModifiers: hit.columnTwoOtherServiceModifiers,
    services: [column1Service, column2Service],
    codes: [edit.column1, edit.column2],
    omitServices: [column2Service],
    fixServices: [column2Service],
    ...(citeRowSource ? { source: edit.source } : {}),
  };
}

export const ptpPairEdits: FactDefinition = {
  description:
    "NCCI pair edits in force on the date of service between two of the encounter's lines, one item per column-2 line. Indicator 9 rows, deleted rows (deletion date on or before the date of service) and rows not yet effective never appear. Items cite their row's source and take the column-2 line off the claim under `omitFromBilling`.",
  stage: "coding",
  params: paramsSchema({
    modifierIndicator: choice("only edits with this modifier indicator (0 or 1)", [0, 1]),
    columnTwoBypass: choice(
      "`present`: only when the column-2 line carries an NCCI-associated modifier that bypasses for its code; `absent`: only when it carries none (25, 79 or 91 on a therapy code bypasses nothing: tables/modifiers.json `ncciBypassOnlyForTags`)",
      ["present", "absent"],
    ),
    columnOneBypass: choice("`present` or `absent`: the same for the column-1 line", ["present", "absent"]),
    withNeverBypassModifier: flag("true: only when the column-2 line carries 22, 76 or 77"),
    withOtherServiceModifier: flag(
      "true: only when the column-2 line carries an NCCI-associated modifier meant for another kind of service (25 for E/M, 79 for a global surgical period, 91 for repeated laboratory tests)",
    ),
    citeRowSource: flag(
      "false: report the rule's source instead of the row's (for rules about modifiers rather than the pair)",
      false,
    ),
  }),
  itemFields: [
    "column1Code",
    "column2Code",
    "column1Service",
    "column2Service",
    "modifierIndicator",
    "rationale",
    "effectiveDate",
    "deletionDate",
    "bypassModifiers",
    "misplacedModifiers",
    "neverBypassModifiers",
    "otherServiceModifiers",
    "services",
    "codes",
  ],
  example: { params: { modifierIndicator: 1, columnTwoBypass: "absent" } },
  canMatch: (params, tables) => ({
    codes: [...tables.ptpEditsByColumns.keys()],
    modifiers: modifiersNeeded(params, tables),
  }),
  compute: (context, params) =>
    pairEditHits(context)
      .filter((hit) => matchesParams(hit, params))
      .map((hit) => pairEditItem(hit, params.citeRowSource !== false)),
};
