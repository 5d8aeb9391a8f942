// Writes the pair table as the importer and rule authors keep it: one row per line in a fixed
// field order, so a quarterly import shows up in a diff as the rows it changed.
import type { NcciPtpEdits } from "../../generated/types/rules/ncci-ptp-edits.ts";
import type { PtpEdit } from "../../rules/bundled-release.ts";

/** The row with its fields in the CMS file's order and defaults left out. */
export function canonicalPtpEdit(edit: PtpEdit): PtpEdit {
  return {
    column1: edit.column1,
    column2: edit.column2,
    ...(edit.inExistencePriorTo1996 ? { inExistencePriorTo1996: true } : {}),
    effectiveDate: edit.effectiveDate,
    ...(edit.deletionDate !== undefined ? { deletionDate: edit.deletionDate } : {}),
    modifierIndicator: edit.modifierIndicator,
    rationale: edit.rationale,
    source: edit.source,
    ...(edit.note !== undefined ? { note: edit.note } : {}),
  };
}

export function formatPtpTable(table: NcciPtpEdits): string {
  const rows = table.edits.map((edit) => `    ${JSON.stringify(canonicalPtpEdit(edit))}`);
  return [
    "{",
    `  "$schema": ${JSON.stringify(table.$schema)},`,
    `  "description": ${JSON.stringify(table.description)},`,
    rows.length === 0 ? `  "edits": []` : `  "edits": [\n${rows.join(",\n")}\n  ]`,
    "}",
    "",
  ].join("\n");
}
