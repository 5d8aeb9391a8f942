// Billed units above a code's Medically Unlikely Edit on the date of service. Indicator 1 limits
// each line; 2 and 3 limit the day's units of the code over all its lines.
import type { MueEdit } from "../bundled-release.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { rowInForce } from "./dated-rows.ts";

export interface MueExcess {
  edit: MueEdit;
  code: string;
  services: number[];
  units: number;
}

export function mueExcesses(context: EvaluationContext): MueExcess[] {
  // Three rules ask, one per adjudication indicator: compare once per evaluation (a measured hot spot).
  return perEvaluation(context, findMueExcesses);
}

function findMueExcesses(context: EvaluationContext): MueExcess[] {
  // No MUE rows (the shipped tables have none yet): nothing to compare.
  if (context.tables.mueEditsByCode.size === 0) return [];
  const { lines } = context.billing();
  const linesByCode = new Map<string, typeof lines>();
  for (const line of lines) linesByCode.set(line.code, [...(linesByCode.get(line.code) ?? []), line]);
  const excesses: MueExcess[] = [];
  for (const [code, codeLines] of linesByCode) {
    const edit = rowInForce(context.tables.mueEditsByCode.get(code), context.encounter.dateOfService);
    if (!edit) continue;
    if (edit.adjudicationIndicator === 1) {
      for (const line of codeLines)
        if (line.units > edit.maxUnits) excesses.push({ edit, code, services: line.services, units: line.units });
    } else {
      const units = codeLines.reduce((sum, line) => sum + line.units, 0);
      if (units > edit.maxUnits)
        excesses.push({ edit, code, services: codeLines.flatMap((line) => line.services), units });
    }
  }
  return excesses.sort((a, b) => a.services[0]! - b.services[0]!);
}
