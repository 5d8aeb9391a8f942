// Table rows in force on a date of service. CMS edit files give a row an effective date
// (inclusive) and a deletion date (exclusive); modifiers get an inclusive window.

export interface DeletableRow {
  effectiveDate: string;
  deletionDate?: string;
}

export function inForceOn(row: DeletableRow, dateOfService: string): boolean {
  return row.effectiveDate <= dateOfService && (row.deletionDate === undefined || dateOfService < row.deletionDate);
}

/** The row in force on the date; when periods overlap, the one that took effect last wins. */
export function rowInForce<Row extends DeletableRow>(
  rows: readonly Row[] | undefined,
  dateOfService: string,
): Row | undefined {
  let chosen: Row | undefined;
  for (const row of rows ?? []) {
    if (inForceOn(row, dateOfService) && (!chosen || row.effectiveDate > chosen.effectiveDate)) chosen = row;
  }
  return chosen;
}

export interface Window {
  effectiveFrom?: string;
  effectiveTo?: string;
}

export function withinWindow(window: Window, dateOfService: string): boolean {
  return (
    (window.effectiveFrom === undefined || window.effectiveFrom <= dateOfService) &&
    (window.effectiveTo === undefined || dateOfService <= window.effectiveTo)
  );
}
