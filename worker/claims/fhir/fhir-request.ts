// What a FHIR request body holds: one Claim, or a Bundle of type batch whose entries are
// answered one by one (an entry that is not a Claim gets its own 422 outcome, the rest are
// validated). Anything else is refused whole as invalid-claim.
import { ProblemError } from "../../errors/problem-error.ts";
import { maxBatchEncounters } from "../../http/read-batch-body.ts";
import { arrayAt, isObject, objectAt, stringAt, type FhirObject } from "./fhir-json.ts";

export type FhirEntry = { claim: FhirObject } | { notAClaim: string; path: string };
export type FhirRequest = { kind: "claim"; claim: FhirObject } | { kind: "batch"; entries: FhirEntry[] };

export function readFhirRequest(body: unknown): FhirRequest {
  const resourceType = isObject(body) ? stringAt(body, "resourceType") : undefined;
  if (resourceType === "Claim") return { kind: "claim", claim: body as FhirObject };
  if (resourceType !== "Bundle") {
    throw new ProblemError(
      "invalid-claim",
      `The body is ${resourceType ? `a ${resourceType}` : "not a FHIR resource (no resourceType)"}; send a FHIR R4 Claim, or a Bundle of type batch holding Claims.`,
    );
  }
  const type = stringAt(body, "type");
  if (type !== "batch")
    throw new ProblemError(
      "invalid-claim",
      `The Bundle is of type ${type ?? "(none)"}; send a Bundle of type batch, each entry's resource a Claim.`,
    );
  const entries = arrayAt(body, "entry");
  if (entries.length > maxBatchEncounters)
    throw new ProblemError(
      "batch-too-large",
      `The Bundle holds ${entries.length} entries; at most ${maxBatchEncounters} are taken in one request.`,
    );
  return {
    kind: "batch",
    entries: entries.map((entry, index) => {
      const resource = objectAt(entry, "resource");
      const entryType = stringAt(resource, "resourceType");
      return resource && entryType === "Claim"
        ? { claim: resource }
        : {
            notAClaim: `Bundle.entry[${index}].resource is ${entryType ? `a ${entryType}` : "missing"}, not a Claim.`,
            path: `Bundle.entry[${index}].resource`,
          };
    }),
  };
}
