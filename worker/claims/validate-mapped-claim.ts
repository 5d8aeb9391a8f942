// Validates each date of service of a mapped claim with the one pipeline every route uses,
// and points each finding back at the claim. An encounter the pipeline refuses (off the schema,
// no release for its date) becomes a problem at the claim element it came from, never a 5xx.
import { ProblemError } from "../errors/problem-error.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { validateEncounter } from "../validation/validate-encounter.ts";
import { locateFinding } from "./locate-finding.ts";
import type { EncounterLocations, MappedClaim, MappedVisit, MappingProblem } from "./mapped-claim.ts";

export type ClaimStatus = ValidationResult["status"] | "not-checked";

export interface ValidatedVisit<Location> {
  encounter: Encounter;
  locations: EncounterLocations<Location>;
  result: ValidationResult;
  /** findingLocations[i]: where result.findings[i] points in the claim, the element to change first. */
  findingLocations: Location[][];
}

export interface ValidatedClaim<Location> {
  claimId: string;
  location: Location;
  /** The worst of the findings and problems; `not-checked` when no date of service could be validated. */
  status: ClaimStatus;
  problems: MappingProblem<Location>[];
  visits: ValidatedVisit<Location>[];
}

export async function validateMappedClaim<Location>(
  claim: MappedClaim<Location>,
  registry: RulesetRegistry,
  pinnedVersion?: string,
): Promise<ValidatedClaim<Location>> {
  const problems = [...claim.problems];
  const visits: ValidatedVisit<Location>[] = [];
  for (const visit of claim.visits) {
    const validated = await validateVisit(visit, registry, pinnedVersion, problems);
    if (validated) visits.push(validated);
  }
  return { claimId: claim.claimId, location: claim.location, status: statusOf(visits, problems), problems, visits };
}

async function validateVisit<Location>(
  visit: MappedVisit<Location>,
  registry: RulesetRegistry,
  pinnedVersion: string | undefined,
  problems: MappingProblem<Location>[],
) {
  try {
    const result = await validateEncounter(visit.encounter, registry, pinnedVersion);
    const findingLocations = result.findings.map((finding) =>
      locateFinding(finding, visit.encounter, visit.locations, result.billing.lines),
    );
    return { encounter: visit.encounter, locations: visit.locations, result, findingLocations };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    if (error.code === "no-ruleset-for-date") {
      problems.push({
        severity: "error",
        code: "not-supported",
        message: `${error.detail} The lines of ${visit.encounter.dateOfService} were not checked.`,
        location: visit.locations.dateOfService,
      });
      return undefined;
    }
    if (error.code !== "schema-violation") throw error;
    const listed = error.extensions.errors ?? [];
    for (const schemaError of listed) {
      problems.push({
        severity: "error",
        code: "value",
        message: `The mapped ${describePointer(schemaError.pointer)} ${schemaError.message}; the lines of ${visit.encounter.dateOfService} were not checked.`,
        location: locationForPointer(schemaError.pointer, visit.locations),
      });
    }
    // The pipeline lists the first few violations only (a problem stays small); the rest are counted, not lost.
    const unlisted = (error.extensions.errorCount ?? listed.length) - listed.length;
    if (unlisted > 0) {
      problems.push({
        severity: "error",
        code: "value",
        message: `${unlisted} more ${unlisted === 1 ? "value" : "values"} of the lines of ${visit.encounter.dateOfService} ${unlisted === 1 ? "is" : "are"} not valid either; fix those listed and send the claim again to see the rest.`,
        location: visit.locations.claim,
      });
    }
    return undefined;
  }
}

function describePointer(pointer: string): string {
  return (
    pointer
      .replace(/^\//, "")
      .replace(/\/(\d+)/g, "[$1]")
      .replace(/\//g, ".") || "encounter"
  );
}

/** The claim element an encounter JSON pointer came from. */
export function locationForPointer<Location>(pointer: string, locations: EncounterLocations<Location>): Location {
  const [field, index, rest, restIndex] = pointer.split("/").slice(1);
  if (field === "services" && index !== undefined) {
    const line = locations.services[Number(index)];
    if (line && rest === "modifiers" && restIndex !== undefined) return line.modifiers[Number(restIndex)] ?? line.line;
    return line?.line ?? locations.claim;
  }
  if (field === "diagnoses" && index !== undefined) return locations.diagnoses[Number(index)] ?? locations.claim;
  if (field === "provider") return index === "npi" ? (locations.npi ?? locations.provider) : locations.provider;
  if (field === "payer") return locations.payer;
  if (field === "dateOfService") return locations.dateOfService;
  return locations.claim;
}

function statusOf<Location>(
  visits: readonly ValidatedVisit<Location>[],
  problems: readonly MappingProblem<Location>[],
): ClaimStatus {
  if (visits.length === 0) return "not-checked";
  if (
    problems.some((problem) => problem.severity === "error") ||
    visits.some((visit) => visit.result.status === "fail")
  )
    return "fail";
  if (problems.length > 0 || visits.some((visit) => visit.result.status === "warn")) return "warn";
  return "pass";
}
