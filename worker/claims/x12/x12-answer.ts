// The JSON answer to an 837P file: per claim its CLM01, status and problems, and per encounter
// the encounter, its validation result and the segments each finding points at.
import type { X12ClaimResults } from "../../generated/types/claims/x12-claim-results.ts";
import type { ValidatedClaim } from "../validate-mapped-claim.ts";
import type { SegmentLocation } from "./segment-location.ts";

export function toX12Answer(claims: readonly ValidatedClaim<SegmentLocation>[]): X12ClaimResults {
  return {
    claims: claims.map((claim) => ({
      claimId: claim.claimId,
      segment: claim.location,
      status: claim.status,
      problems: claim.problems.map(({ severity, code, message, location }) => ({
        severity,
        code,
        message,
        segment: location,
      })),
      encounters: claim.visits.map((visit) => ({
        encounter: { ...visit.encounter },
        result: { ...visit.result },
        findingSegments: visit.findingLocations,
      })),
    })),
  };
}
