// A fiscal year's ICD-10-CM code set as the diagnosis facts ask it: is a code billable, and which
// billable codes sit below a heading (M54.5 → M54.50, M54.51, M54.59). The bundle carries each set
// encoded by category (code-set-encoding.ts); a lookup decodes only its code's category, once.
import { decodeSortedCodes, splitCodeSetCategories } from "./code-set-encoding.ts";

/** A code set as the build bundles it: the table row with its codes encoded. */
export interface BundledCodeSet {
  fiscalYear: number;
  effectiveFrom: string;
  effectiveTo: string;
  source: string;
  billableCodesEncoded: string;
}

export class CodeSetIndex {
  private categories: Map<string, string> | undefined = undefined;
  private readonly decoded = new Map<string, string[]>();

  constructor(readonly bundled: BundledCodeSet) {}

  /** Whether the set answers this date of service (YYYY-MM-DD). */
  covers(dateOfService: string): boolean {
    return dateOfService >= this.bundled.effectiveFrom && dateOfService <= this.bundled.effectiveTo;
  }

  /** Whether the undotted code is valid for submission. */
  isBillable(code: string): boolean {
    const rests = this.categoryRests(code.slice(0, 3));
    const rest = code.slice(3);
    return rests[lowerBound(rests, rest)] === rest;
  }

  /** The billable codes that start with the undotted heading, in order (none for a billable or unknown code). */
  codesUnder(heading: string): string[] {
    const category = heading.slice(0, 3);
    const rests = this.categoryRests(category);
    const headingRest = heading.slice(3);
    const below: string[] = [];
    for (
      let index = lowerBound(rests, headingRest);
      index < rests.length && rests[index]!.startsWith(headingRest);
      index += 1
    ) {
      if (rests[index] !== headingRest) below.push(category + rests[index]!);
    }
    return below;
  }

  /** The category's codes without their 3 category characters, in order ([] for a category the set lacks). */
  private categoryRests(category: string): string[] {
    let rests = this.decoded.get(category);
    if (!rests) {
      this.categories ??= splitCodeSetCategories(this.bundled.billableCodesEncoded);
      rests = decodeSortedCodes(this.categories.get(category) ?? "");
      this.decoded.set(category, rests);
    }
    return rests;
  }
}

/** The first index whose code is not below `code`. */
function lowerBound(codes: readonly string[], code: string): number {
  let low = 0;
  let high = codes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (codes[middle]! < code) low = middle + 1;
    else high = middle;
  }
  return low;
}
