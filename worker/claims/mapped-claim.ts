// What a claim format's mapper produces: per date of service an encounter for the one
// validation pipeline, with where each of its fields came from in the claim, and the
// problems that kept parts of the claim from being mapped. `Location` is the format's own
// way of pointing: a FHIRPath expression, or an X12 segment and element.
import type { Encounter } from "../generated/types/encounter.ts";

export type IssueCode = "required" | "code-invalid" | "not-supported" | "value" | "structure";

/** Something in the claim that could not be mapped, and where it is. */
export interface MappingProblem<Location> {
  severity: "error" | "warning";
  /** The FHIR IssueType that fits (`required`, `code-invalid`, `not-supported`, `value`, `structure`). */
  code: IssueCode;
  message: string;
  location: Location;
}

export interface ServiceLocations<Location> {
  /** The line itself (FHIR item, X12 SV1). */
  line: Location;
  modifiers: Location[];
}

/** Where each encounter field came from; a finding is pointed back at the claim through it. */
export interface EncounterLocations<Location> {
  claim: Location;
  dateOfService: Location;
  payer: Location;
  provider: Location;
  npi: Location | undefined;
  diagnoses: Location[];
  services: ServiceLocations<Location>[];
}

/** One date of service of a claim: NCCI edits and MUEs apply per date, so each is its own encounter. */
export interface MappedVisit<Location> {
  encounter: Encounter;
  locations: EncounterLocations<Location>;
}

export interface MappedClaim<Location> {
  /** The claim's own identifier (CLM01, Claim.identifier or id). */
  claimId: string;
  location: Location;
  visits: MappedVisit<Location>[];
  problems: MappingProblem<Location>[];
}

// The encounter schema's identifier pattern: claim identifiers may hold other characters. A claim
// split into several encounters (dates of service, providers) numbers them in claim order.
export function encounterIdFor(claimId: string, index: number, encounterCount: number): string {
  const safe =
    claimId
      .replace(/[^A-Za-z0-9._:-]/g, "-")
      .replace(/^[^A-Za-z0-9]+/, "")
      .slice(0, 90) || "claim";
  return encounterCount > 1 ? `${safe}:${index + 1}` : safe;
}
