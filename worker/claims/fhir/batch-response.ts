// Answers a batch Bundle of Claims as FHIR expects: a batch-response Bundle whose entries
// follow the request's order, each with its status and its OperationOutcome.
import type { FhirBatchResponse } from "../../generated/types/claims/fhir-batch-response.ts";
import type { FhirOperationOutcome } from "../../generated/types/claims/fhir-operation-outcome.ts";

export type BatchAnswer = { outcome: FhirOperationOutcome } | { notAClaim: string; path: string };

export function toBatchResponse(answers: readonly BatchAnswer[]): FhirBatchResponse {
  return {
    resourceType: "Bundle",
    type: "batch-response",
    entry: answers.map((answer) =>
      "outcome" in answer
        ? { resource: answer.outcome, response: { status: "200 OK" } }
        : {
            response: {
              status: "422 Unprocessable Entity",
              outcome: {
                resourceType: "OperationOutcome",
                issue: [
                  {
                    severity: "error",
                    code: "structure",
                    details: { text: `${answer.notAClaim} Each entry of the batch must be a Claim.` },
                    expression: [answer.path],
                  },
                ],
              },
            },
          },
    ),
  };
}
