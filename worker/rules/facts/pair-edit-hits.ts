// The NCCI pair edits between an encounter's lines on its date of service. The encounter's own
// code pairs are looked up in the release's pair index (compiled once per release), so the cost
// follows the encounter's lines, never the size of the table.
import type { PtpEdit } from "../bundled-release.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { rowInForce } from "./dated-rows.ts";
import { modifiersInCategory } from "./modifier-lookup.ts";

export interface PairEditHit {
  edit: PtpEdit;
  column1Service: number;
  column2Service: number;
  /** NCCI-associated modifiers on the column-2 line: they bypass an indicator-1 edit. */
  columnTwoBypassModifiers: string[];
  /** NCCI-associated modifiers on the column-1 line, where they bypass nothing. */
  columnOneBypassModifiers: string[];
  /** 22, 76 or 77 on the column-2 line: modifiers billers mistake for a bypass. */
  columnTwoNeverBypassModifiers: string[];
  /** NCCI-associated modifiers on the column-2 line that bypass edits only for another kind of service (25 on 97140). */
  columnTwoOtherServiceModifiers: string[];
}

/**
 * Every pair edit in force on the date of service between two lines on the claim (indicator 9 rows
 * excluded). A service that earns no unit is not on the claim, so no edit applies to it; nor to a
 * column-2 line carrying a modifier that says the biller expects the denial (GY, GZ).
 *
 * An indicator-0 edit leaves the column-2 line off, and its minutes stop counting (README, "Time
 * units"). When the column-1 line would then earn no unit (97124 8 min kept its unit only thanks to
 * 97140's 19), leaving 97140 off bills neither: the hit is turned round, so the column-1 line is
 * the one left off and the column-2 line bills. Only one of two mutually exclusive codes may be
 * reported (NCCI Policy Manual, Ch. I); reporting the one that earns a unit is the compliant claim.
 */
export function pairEditHits(context: EvaluationContext): PairEditHit[] {
  // Several rules ask for the pairs with different params; find them once per evaluation.
  return perEvaluation(context, findPairEditHits);
}

function findPairEditHits(context: EvaluationContext): PairEditHit[] {
  const { services, dateOfService } = context.encounter;
  const hits: PairEditHit[] = [];
  // Most encounters have no pair of lines the table edits: look the pairs up before building anything (a measured hot spot).
  const editsByColumns = context.tables.ptpEditsByColumns;
  const linesByCode = new Map<string, number[]>();
  for (let index = 0; index < services.length; index += 1) {
    if (!context.onClaim(index)) continue;
    const lines = linesByCode.get(services[index]!.code);
    if (lines) lines.push(index);
    else linesByCode.set(services[index]!.code, [index]);
  }
  if (linesByCode.size < 2) return hits;
  for (const [column1Code, column1Lines] of linesByCode) {
    const editsByColumn2 = editsByColumns.get(column1Code);
    if (!editsByColumn2) continue;
    for (const [column2Code, column2Lines] of linesByCode) {
      if (column1Code === column2Code) continue;
      const edit = rowInForce(editsByColumn2.get(column2Code), dateOfService);
      if (!edit || edit.modifierIndicator === 9) continue;
      // With several column-1 lines, name the one whose modifier is misplaced, if any.
      const column1Service = column1Lines.find((index) => bypassOn(context, index).length > 0) ?? column1Lines[0]!;
      for (const column2Service of column2Lines) {
        if (expectsDenial(context, services[column2Service]!.modifiers)) continue;
        hits.push(hitOf(context, edit, column1Service, column2Service));
      }
    }
  }
  return hits
    .map((hit) => (keepsNothingBilled(context, hit) ? turnedRound(context, hit) : hit))
    .sort((a, b) => a.column2Service - b.column2Service || a.column1Service - b.column1Service);
}

/** An indicator-0 hit whose column-1 line bills nothing without the column-2 line, while the column-2 line bills without the column-1 line. */
function keepsNothingBilled(context: EvaluationContext, hit: PairEditHit): boolean {
  if (hit.edit.modifierIndicator !== 0) return false;
  return (
    !context.billsWithout(hit.column1Service, hit.column2Service) &&
    context.billsWithout(hit.column2Service, hit.column1Service)
  );
}

function turnedRound(context: EvaluationContext, { edit, column1Service, column2Service }: PairEditHit): PairEditHit {
  const rationale = `${edit.rationale}; ${edit.column1} earns no unit once ${edit.column2}'s minutes are off the claim, so ${edit.column2} is the code billed`;
  return hitOf(
    context,
    { ...edit, column1: edit.column2, column2: edit.column1, rationale },
    column2Service,
    column1Service,
  );
}

function hitOf(context: EvaluationContext, edit: PtpEdit, column1Service: number, column2Service: number): PairEditHit {
  const column2 = context.encounter.services[column2Service]!;
  return {
    edit,
    column1Service,
    column2Service,
    columnTwoBypassModifiers: bypassOn(context, column2Service),
    columnOneBypassModifiers: bypassOn(context, column1Service),
    columnTwoNeverBypassModifiers: modifiersInCategory(context, column2.modifiers, "never-bypass"),
    columnTwoOtherServiceModifiers: associatedOn(context, column2Service).filter(
      (modifier) => !bypassesFor(context, modifier, column2.code),
    ),
  };
}

function associatedOn(context: EvaluationContext, index: number): string[] {
  return modifiersInCategory(context, context.encounter.services[index]!.modifiers, "ncci-associated");
}

function bypassOn(context: EvaluationContext, index: number): string[] {
  const { code, modifiers } = context.encounter.services[index]!;
  return bypassModifiers(context, modifiers, code);
}

/** The NCCI-associated modifiers of a line that bypass an edit for its code: 25 bypasses for an E/M code, never for 97140. */
export function bypassModifiers(
  context: EvaluationContext,
  modifiers: readonly string[] | undefined,
  code: string,
): string[] {
  return modifiersInCategory(context, modifiers, "ncci-associated").filter((modifier) =>
    bypassesFor(context, modifier, code),
  );
}

/** GY or GZ on a line: the biller expects the denial, so no pair edit is reported against it. */
export function expectsDenial(context: EvaluationContext, modifiers: readonly string[] | undefined): boolean {
  return modifiersInCategory(context, modifiers, "expected-denial").length > 0;
}

/** A modifier with `ncciBypassOnlyForTags` bypasses only for codes the catalog tags with one of them (tables/modifiers.json). */
function bypassesFor(context: EvaluationContext, modifier: string, code: string): boolean {
  const onlyFor = context.tables.modifiersByCode.get(modifier)?.ncciBypassOnlyForTags;
  if (!onlyFor) return true;
  const tags = context.catalogEntry(code)?.tags ?? [];
  return onlyFor.some((tag) => tags.includes(tag));
}
