// An 837P interchange (one or many claims, in one or many transaction sets) to mapped claims.
// Pure: text in, claims out. A file that is not well-formed X12 throws malformed-x12 (400)
// naming the segment; well-formed X12 that is not an 837P throws invalid-claim (422).
import { ProblemError } from "../../errors/problem-error.ts";
import type { MappedClaim } from "../mapped-claim.ts";
import type { SegmentLocation } from "./segment-location.ts";
import { collectClaims } from "./x12-837p-claims.ts";
import { mapX12Claim } from "./x12-claim-mapping.ts";
import { readInterchanges } from "./x12-segments.ts";

export const professionalClaimGuide = "X222";

export function read837p(text: string): MappedClaim<SegmentLocation>[] {
  const claims: MappedClaim<SegmentLocation>[] = [];
  for (const interchange of readInterchanges(text)) {
    for (const transactionSet of interchange.transactionSets) {
      const st = transactionSet.segments[0]!;
      if (transactionSet.type !== "837" || !transactionSet.implementation.includes(professionalClaimGuide)) {
        throw new ProblemError(
          "invalid-claim",
          `Segment ${st.number} (ST) opens a ${transactionSet.type} transaction set (${transactionSet.implementation || "no implementation guide named"}); ClaimLint reads 837P professional claims (005010X222A1).`,
        );
      }
      for (const raw of collectClaims(transactionSet)) claims.push(mapX12Claim(raw, interchange.delimiters.component));
    }
  }
  if (claims.length === 0)
    throw new ProblemError("invalid-claim", "The interchange holds no claim (no CLM segment in loop 2300).");
  return claims;
}
