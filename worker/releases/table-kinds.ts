// What the table checks (rules:check, and the worker before it accepts a published release) and
// rules:diff know about each kind of table, by the schema it names: where its rows are, what
// identifies a row, its effective window and which fields hold codes. A table kind added to the
// project gets an entry here; a table without one is still schema-checked and diffed row by row,
// and rules:check says its cross-row checks are skipped.

export interface TableWindow {
  /** Field with the first date of service the row applies to (inclusive). */
  from: string;
  /** Field with the row's end; absent values mean "still in force". */
  to: string;
  /** `inclusive`: the last date the row applies to; `exclusive`: the first date it no longer does (CMS deletion dates). */
  end: "inclusive" | "exclusive";
}

export interface TableKind {
  /** The schema the table names, as a path under schemas/. */
  schema: string;
  /** The file name the build and the worker expect (`tables/<name>.json` becomes `tables.<camelCase>`). */
  file: string;
  /** What one row is, in messages. */
  rowName: string;
  /** The top-level property holding the rows: an array, or an object keyed by the row's name (`$key`). */
  rows?: string;
  /** The fields that identify a row: rows with the same key must not be in force on the same date. */
  key: string[];
  /** A pair whose key is the same whichever way round (an edit listed both ways contradicts itself). */
  unorderedKey?: boolean;
  window?: TableWindow;
  /** Fields holding procedure codes (a string or a list) that must be in the release's catalog. */
  codeFields?: string[];
  /** Fields holding modifiers (a string or a list) that must be in the release's modifier table. */
  modifierFields?: string[];
  /** Fields that annotate a row rather than state what it means: rows differing only here are duplicates. */
  noteFields?: string[];
  /** Every release must hold this table (the worker reads it unconditionally). */
  required?: boolean;
}

const notes = ["source", "rationale", "description"];

export const tableKinds: readonly TableKind[] = [
  {
    schema: "rules/catalog.schema.json",
    file: "tables/catalog.json",
    rowName: "code",
    rows: "codes",
    key: ["code"],
    // The catalog has no dates yet; if it gets them, codes may then repeat in separate windows.
    window: { from: "effectiveFrom", to: "effectiveTo", end: "inclusive" },
    noteFields: notes,
    required: true,
  },
  {
    schema: "rules/payer-profiles.schema.json",
    file: "tables/payer-profiles.json",
    rowName: "payer profile",
    rows: "profiles",
    key: ["$key"],
    codeFields: ["bundledCodes"],
    noteFields: notes,
    required: true,
  },
  {
    schema: "rules/disciplines.schema.json",
    file: "tables/disciplines.json",
    rowName: "discipline",
    rows: "disciplines",
    key: ["$key"],
    modifierFields: ["therapyModifier", "assistantModifier"],
    noteFields: notes,
    required: true,
  },
  {
    schema: "rules/evaluation-families.schema.json",
    file: "tables/evaluation-families.json",
    rowName: "evaluation family",
    rows: "families",
    key: ["name"],
    codeFields: ["codes"],
    noteFields: notes,
  },
  {
    schema: "rules/diagnosis-code-sets.schema.json",
    file: "tables/diagnosis-code-sets.json",
    rowName: "code set",
    rows: "codeSets",
    key: [],
    window: { from: "effectiveFrom", to: "effectiveTo", end: "inclusive" },
    noteFields: notes,
  },
  {
    schema: "rules/time-units.schema.json",
    file: "tables/time-units.json",
    rowName: "time-unit setting",
    key: [],
    required: true,
  },
  {
    schema: "rules/ncci-ptp-edits.schema.json",
    file: "tables/ncci-ptp-edits.json",
    rowName: "pair edit",
    rows: "edits",
    key: ["column1", "column2"],
    unorderedKey: true,
    window: { from: "effectiveDate", to: "deletionDate", end: "exclusive" },
    codeFields: ["column1", "column2"],
    noteFields: [...notes, "inExistencePriorTo1996"],
    required: true,
  },
  {
    schema: "rules/modifiers.schema.json",
    file: "tables/modifiers.json",
    rowName: "modifier",
    rows: "modifiers",
    key: ["modifier"],
    window: { from: "effectiveFrom", to: "effectiveTo", end: "inclusive" },
    noteFields: notes,
    required: true,
  },
  {
    schema: "rules/mue.schema.json",
    file: "tables/mue.json",
    rowName: "unit limit",
    rows: "edits",
    key: ["code"],
    window: { from: "effectiveDate", to: "deletionDate", end: "exclusive" },
    codeFields: ["code"],
    noteFields: notes,
    required: true,
  },
  {
    schema: "rules/kx-thresholds.schema.json",
    file: "tables/kx-thresholds.json",
    rowName: "year's thresholds",
    rows: "years",
    key: ["year"],
    noteFields: notes,
  },
];

/** The tables other data is checked against: codes must be in the catalog, modifiers in the modifier table. */
export const referenceTables = {
  procedureCode: { schema: "rules/catalog.schema.json", rows: "codes", field: "code", file: "tables/catalog.json" },
  modifier: {
    schema: "rules/modifiers.schema.json",
    rows: "modifiers",
    field: "modifier",
    file: "tables/modifiers.json",
  },
} as const;

export function tableKindFor(schema: string | undefined): TableKind | undefined {
  return tableKinds.find((kind) => kind.schema === schema);
}
