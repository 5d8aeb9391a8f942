// NCCI pair edits, MUEs and duplicate lines across the day's visits: they apply per patient, per
// rendering provider and per date of service, whatever encounter or claim each line was sent on.
// The other visits are the patient's ledger entries with the same NPI and date (patient-visits.ts).
import type { LedgerVisit } from "../../ledger/ledger-visit.ts";
import type { PtpEdit } from "../bundled-release.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { rowInForce } from "./dated-rows.ts";
import { choice, paramsSchema } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { mueExcesses } from "./mue-excesses.ts";
import { bypassModifiers, expectsDenial } from "./pair-edit-hits.ts";
import { otherLine, sameDayVisits } from "./patient-visits.ts";

interface CrossVisitPair {
  edit: PtpEdit;
  service: number;
  code: string;
  other: LedgerVisit;
  otherService: number;
  otherCode: string;
  /** Whether this encounter's line is the column-2 code, the one the edit denies. */
  columnTwoHere: boolean;
  columnTwoBypassed: boolean;
}

function crossVisitPairs(context: EvaluationContext): readonly CrossVisitPair[] {
  if (sameDayVisits(context).length === 0) return [];
  return perEvaluation(context, findCrossVisitPairs);
}

function findCrossVisitPairs(context: EvaluationContext): CrossVisitPair[] {
  const { services, dateOfService } = context.encounter;
  const byColumns = context.tables.ptpEditsByColumns;
  const pairs: CrossVisitPair[] = [];
  for (const other of sameDayVisits(context)) {
    for (const otherLineItem of other.lines) {
      services.forEach((service, index) => {
        // Like the single-encounter pair edits, only lines on the claim as it will be billed.
        if (!context.onClaim(index)) return;
        const asColumnOne = rowInForce(byColumns.get(service.code)?.get(otherLineItem.code), dateOfService);
        const asColumnTwo = rowInForce(byColumns.get(otherLineItem.code)?.get(service.code), dateOfService);
        const edit = asColumnOne ?? asColumnTwo;
        if (!edit || edit.modifierIndicator === 9) return;
        const columnTwoHere = !asColumnOne;
        const [columnTwoModifiers, columnTwoCode] = columnTwoHere
          ? [service.modifiers, service.code]
          : [otherLineItem.modifiers, otherLineItem.code];
        // As for the encounter's own pairs: GY/GZ on the column-2 line expects the denial.
        if (expectsDenial(context, columnTwoModifiers)) return;
        pairs.push({
          edit,
          service: index,
          code: service.code,
          other,
          otherService: otherLineItem.service,
          otherCode: otherLineItem.code,
          columnTwoHere,
          columnTwoBypassed: bypassModifiers(context, columnTwoModifiers, columnTwoCode).length > 0,
        });
      });
    }
  }
  return pairs.sort((a, b) => a.service - b.service);
}

export const sameDayPairEdits: FactDefinition = {
  description:
    "NCCI pair edits in force between a line of this encounter on the claim (one that bills at least one unit) and a line of another visit of the same patient, rendering NPI and date of service (from the patient's ledger; nothing without `patient` or `provider.npi`), one item per pair. `column2Where` says which encounter holds the column-2 code; under `omitFromBilling` only a column-2 line of this encounter leaves the claim. Items cite their row's source.",
  stage: "coding",
  params: paramsSchema({
    modifierIndicator: choice("only edits with this modifier indicator (0 or 1)", [0, 1]),
    columnTwoBypass: choice(
      "`present`: only when the column-2 line carries an NCCI-associated modifier that bypasses for its code; `absent`: only when it carries none (25, 79 or 91 on a therapy code bypasses nothing)",
      ["present", "absent"],
    ),
  }),
  itemFields: [
    "service",
    "code",
    "otherEncounterId",
    "otherService",
    "otherCode",
    "otherLine",
    "column1Code",
    "column2Code",
    "column2Where",
    "modifierIndicator",
    "rationale",
    "services",
    "codes",
  ],
  example: { params: { modifierIndicator: 0 } },
  compute: (context, params): FindingItem[] =>
    crossVisitPairs(context)
      .filter(
        (pair) =>
          params.modifierIndicator === undefined || Number(params.modifierIndicator) === pair.edit.modifierIndicator,
      )
      .filter(
        (pair) =>
          params.columnTwoBypass === undefined ||
          params.columnTwoBypass === (pair.columnTwoBypassed ? "present" : "absent"),
      )
      .map((pair) => ({
        service: pair.service,
        code: pair.code,
        otherEncounterId: pair.other.encounterId,
        otherService: pair.otherService,
        otherCode: pair.otherCode,
        otherLine: otherLine(pair.other, pair.otherService),
        column1Code: pair.edit.column1,
        column2Code: pair.edit.column2,
        column2Where: pair.columnTwoHere
          ? `service ${pair.service} of this encounter`
          : otherLine(pair.other, pair.otherService),
        modifierIndicator: pair.edit.modifierIndicator,
        rationale: pair.edit.rationale,
        services: [pair.service],
        codes: [pair.edit.column1, pair.edit.column2],
        omitServices: pair.columnTwoHere ? [pair.service] : [],
        // Only a column-2 line here waits on the fix; a column-1 line here bills as sent.
        fixServices: pair.columnTwoHere ? [pair.service] : [],
        source: pair.edit.source,
      })),
};

export const sameDayDuplicateLines: FactDefinition = {
  description:
    "Lines of this encounter on the claim whose code another visit of the same patient, rendering NPI and date of service already bills (from the patient's ledger; nothing without `patient` or `provider.npi`), one item per pair of lines.",
  stage: "coding",
  itemFields: ["service", "code", "otherEncounterId", "otherService", "otherLine", "services", "codes"],
  example: {},
  compute(context): FindingItem[] {
    const items: FindingItem[] = [];
    for (const other of sameDayVisits(context)) {
      for (const line of other.lines) {
        context.encounter.services.forEach((service, index) => {
          if (service.code !== line.code || !context.onClaim(index)) return;
          items.push({
            service: index,
            code: service.code,
            otherEncounterId: other.encounterId,
            otherService: line.service,
            otherLine: otherLine(other, line.service),
            services: [index],
            codes: [service.code],
          });
        });
      }
    }
    return items.sort((a, b) => (a.service as number) - (b.service as number));
  },
};

export const sameDayUnitsAboveMedicallyUnlikelyEdit: FactDefinition = {
  description:
    "Codes whose units on this encounter stay within their per-day Medically Unlikely Edit (adjudication indicator 2 or 3) but, added to the units the patient's other visits with the same rendering NPI bill that day, pass it. One item per code; items cite the MUE row's source. (This encounter alone above the limit is unitsAboveMedicallyUnlikelyEdit's.)",
  stage: "billing",
  itemFields: [
    "code",
    "units",
    "unitsHere",
    "maxUnits",
    "adjudicationIndicator",
    "otherLines",
    "rationale",
    "services",
    "codes",
  ],
  example: {},
  compute(context): FindingItem[] {
    const others = sameDayVisits(context);
    if (others.length === 0 || context.tables.mueEditsByCode.size === 0) return [];
    const alreadyAbove = new Set(mueExcesses(context).map((excess) => excess.code));
    const unitsHere = new Map<string, { units: number; services: number[] }>();
    for (const line of context.billing().lines) {
      const entry = unitsHere.get(line.code) ?? { units: 0, services: [] };
      entry.units += line.units;
      entry.services.push(...line.services);
      unitsHere.set(line.code, entry);
    }
    const items: FindingItem[] = [];
    for (const [code, here] of unitsHere) {
      const edit = rowInForce(context.tables.mueEditsByCode.get(code), context.encounter.dateOfService);
      if (!edit || edit.adjudicationIndicator === 1 || alreadyAbove.has(code)) continue;
      const otherLines = others.flatMap((visit) =>
        visit.lines.filter((line) => line.code === code).map((line) => ({ visit, line })),
      );
      const units = here.units + otherLines.reduce((sum, { line }) => sum + line.units, 0);
      if (units <= edit.maxUnits) continue;
      items.push({
        code,
        units,
        unitsHere: here.units,
        maxUnits: edit.maxUnits,
        adjudicationIndicator: edit.adjudicationIndicator,
        otherLines: otherLines
          .map(({ visit, line }) => `${otherLine(visit, line.service)} (${line.units} units)`)
          .join(", "),
        rationale: edit.rationale ?? `MUE adjudication indicator ${edit.adjudicationIndicator}`,
        services: here.services,
        codes: [code],
        source: edit.source,
      });
    }
    return items;
  },
};
