// Walks an 837P transaction set and gathers, per claim (CLM), the segments that describe it
// together with the billing provider and subscriber loops it sits under.
import type { X12Segment, X12TransactionSet } from "./x12-segments.ts";
import { loopOf } from "./x12-837p-loops.ts";

export interface LoopedSegment {
  segment: X12Segment;
  loop: string;
}

export interface RawServiceLine {
  lx: LoopedSegment;
  sv1: LoopedSegment | undefined;
  serviceDate: LoopedSegment | undefined;
  notes: LoopedSegment[];
  /** 2420A: a rendering provider for this line only. */
  renderingName: LoopedSegment | undefined;
  renderingTaxonomy: LoopedSegment | undefined;
}

export interface RawClaim {
  transactionSet: string;
  clm: LoopedSegment;
  diagnoses: LoopedSegment[];
  serviceDate: LoopedSegment | undefined;
  /** 2310B, else the billing provider's 2000A/2010AA. */
  renderingName: LoopedSegment | undefined;
  renderingTaxonomy: LoopedSegment | undefined;
  billingName: LoopedSegment | undefined;
  billingTaxonomy: LoopedSegment | undefined;
  subscriber: LoopedSegment | undefined;
  lines: RawServiceLine[];
}

export function collectClaims(transactionSet: X12TransactionSet): RawClaim[] {
  const claims: RawClaim[] = [];
  let loop = "header";
  let billingName: LoopedSegment | undefined;
  let billingTaxonomy: LoopedSegment | undefined;
  let subscriber: LoopedSegment | undefined;
  let claim: RawClaim | undefined;
  let line: RawServiceLine | undefined;
  for (const segment of transactionSet.segments) {
    loop = loopOf(segment, loop);
    const looped = { segment, loop };
    const qualifier = segment.elements[1] ?? "";
    if (segment.id === "HL") {
      claim = undefined;
      line = undefined;
      // A new billing provider starts afresh; a new subscriber keeps the billing provider.
      if (loop === "2000A") [billingName, billingTaxonomy, subscriber] = [undefined, undefined, undefined];
      if (loop === "2000B") subscriber = undefined;
      continue;
    }
    if (loop === "2000A" && segment.id === "PRV" && qualifier === "BI") billingTaxonomy = looped;
    else if (loop === "2010AA" && segment.id === "NM1") billingName = looped;
    else if (loop === "2000B" && segment.id === "SBR") subscriber = looped;
    else if (segment.id === "CLM") {
      line = undefined;
      claim = {
        transactionSet: transactionSet.controlNumber,
        clm: looped,
        diagnoses: [],
        serviceDate: undefined,
        renderingName: undefined,
        renderingTaxonomy: undefined,
        billingName,
        billingTaxonomy,
        subscriber,
        lines: [],
      };
      claims.push(claim);
    } else if (claim && loop === "2300") {
      if (segment.id === "HI") claim.diagnoses.push(looped);
      if (segment.id === "DTP" && qualifier === "472") claim.serviceDate = looped;
    } else if (claim && loop === "2310B") {
      if (segment.id === "NM1") claim.renderingName = looped;
      if (segment.id === "PRV") claim.renderingTaxonomy = looped;
    } else if (claim && segment.id === "LX") {
      line = {
        lx: looped,
        sv1: undefined,
        serviceDate: undefined,
        notes: [],
        renderingName: undefined,
        renderingTaxonomy: undefined,
      };
      claim.lines.push(line);
    } else if (line && loop === "2400") {
      if (segment.id === "SV1") line.sv1 = looped;
      if (segment.id === "DTP" && qualifier === "472") line.serviceDate = looped;
      if (segment.id === "NTE") line.notes.push(looped);
    } else if (line && loop === "2420A") {
      if (segment.id === "NM1") line.renderingName = looped;
      if (segment.id === "PRV") line.renderingTaxonomy = looped;
    }
  }
  return claims;
}
