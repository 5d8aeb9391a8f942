// The two ways a claim arrives, each to its answer: a FHIR Claim (or batch Bundle of Claims)
// to OperationOutcomes, an 837P interchange to JSON results. Pure apart from the rule engine's
// promises; claims are validated one after another, in the order sent. Each validated date of
// service is also added to `answered`, for the shadow releases to be compared with after the answer.
import type { X12ClaimResults } from "../generated/types/claims/x12-claim-results.ts";
import type { AnsweredValidation } from "../releases/shadow-evaluation.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { toBatchResponse, type BatchAnswer } from "./fhir/batch-response.ts";
import { mapFhirClaim } from "./fhir/fhir-claim-mapping.ts";
import type { FhirBatchResponse } from "../generated/types/claims/fhir-batch-response.ts";
import type { FhirOperationOutcome } from "../generated/types/claims/fhir-operation-outcome.ts";
import { readFhirRequest } from "./fhir/fhir-request.ts";
import { toOperationOutcome } from "./fhir/operation-outcome.ts";
import { validateMappedClaim, type ValidatedClaim } from "./validate-mapped-claim.ts";
import { read837p } from "./x12/read-837p.ts";
import type { SegmentLocation } from "./x12/segment-location.ts";
import { toX12Answer } from "./x12/x12-answer.ts";

export async function validateFhirBody(
  body: unknown,
  registry: RulesetRegistry,
  pinnedVersion?: string,
  answered: AnsweredValidation[] = [],
): Promise<FhirOperationOutcome | FhirBatchResponse> {
  const request = readFhirRequest(body);
  if (request.kind === "claim")
    return toOperationOutcome(
      noted(await validateMappedClaim(mapFhirClaim(request.claim), registry, pinnedVersion), answered),
    );
  const answers: BatchAnswer[] = [];
  for (const [index, entry] of request.entries.entries()) {
    if ("notAClaim" in entry) answers.push(entry);
    else
      answers.push({
        outcome: toOperationOutcome(
          noted(
            await validateMappedClaim(mapFhirClaim(entry.claim, `entry-${index + 1}`), registry, pinnedVersion),
            answered,
          ),
        ),
      });
  }
  return toBatchResponse(answers);
}

export async function validateX12Text(
  text: string,
  registry: RulesetRegistry,
  pinnedVersion?: string,
  answered: AnsweredValidation[] = [],
): Promise<X12ClaimResults> {
  const validated: ValidatedClaim<SegmentLocation>[] = [];
  for (const claim of read837p(text))
    validated.push(noted(await validateMappedClaim(claim, registry, pinnedVersion), answered));
  return toX12Answer(validated);
}

function noted<Location>(claim: ValidatedClaim<Location>, answered: AnsweredValidation[]): ValidatedClaim<Location> {
  for (const visit of claim.visits) answered.push({ body: visit.encounter, answer: visit.result });
  return claim;
}
