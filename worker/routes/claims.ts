// /v1/claims: claims as they travel. A FHIR R4 Claim (or a batch Bundle of Claims) answered
// with OperationOutcomes, or an 837P interchange answered with JSON results per claim; both
// mapped to encounters and validated by the same pipeline as /v1/encounters/validate.
import { Hono } from "hono";
import fhirBatchResponseSchema from "../../schemas/claims/fhir-batch-response.schema.json";
import fhirOperationOutcomeSchema from "../../schemas/claims/fhir-operation-outcome.schema.json";
import x12ClaimResultsSchema from "../../schemas/claims/x12-claim-results.schema.json";
import type { AppEnv } from "../env.ts";
import { validateFhirBody, validateX12Text } from "../claims/validate-claims.ts";
import { x12EncodingError } from "../claims/x12/x12-encoding-error.ts";
import {
  example837p,
  exampleFhirClaim,
  exampleOperationOutcome,
  exampleX12Results,
} from "../openapi/claim-examples.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { pinnedRulesetParameter } from "../openapi/shared-parameters.ts";
import { batchBodyLimitBytes } from "../http/read-batch-body.ts";
import { mediaTypeOf, parseJson, readBodyText } from "../http/read-json-body.ts";
import { shadowAfterAnswer, type AnsweredValidation } from "../releases/shadow-evaluation.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";

export const fhirMediaType = "application/fhir+json";
export const x12MediaType = "application/edi-x12";

export const claimRoutes = new Hono<AppEnv>();

claimRoutes.post("/validate", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  const rulesets = await currentRulesets(context.env);
  if (pinnedVersion) rulesets.byVersion(pinnedVersion);
  const isX12 = mediaTypeOf(context.req.raw) === x12MediaType;
  // FHIR clients also send plain application/json; on this route it is read as FHIR.
  const text = await readBodyText(context.req.raw, {
    mediaTypes: [fhirMediaType, x12MediaType, "application/json"],
    limitBytes: batchBodyLimitBytes,
    ...(isX12 ? { notUtf8: x12EncodingError } : {}),
  });
  const answered: AnsweredValidation[] = [];
  if (isX12) {
    const results = await validateX12Text(text, rulesets, pinnedVersion, answered);
    shadowAfterAnswer(context, rulesets, answered, pinnedVersion);
    return context.json(results);
  }
  const answer = await validateFhirBody(parseJson(text), rulesets, pinnedVersion, answered);
  shadowAfterAnswer(context, rulesets, answered, pinnedVersion);
  return context.body(JSON.stringify(answer), 200, { "content-type": fhirMediaType });
});

export const openApiPaths: OpenApiPaths = {
  "/v1/claims/validate": {
    post: {
      operationId: "validateClaims",
      tags: ["Validation"],
      summary: "Validate claims as they travel: a FHIR R4 Claim or an 837P file",
      description: [
        "Maps each claim to encounters (one per date of service and rendering provider, as NCCI edits and MUEs apply) and validates them with the same rules as `POST /v1/encounters/validate`. Claims carry units, not minutes: a timed line without minutes keeps its units as billed and is still checked for pair edits, modifiers and MUEs, as on `/v1/encounters/validate`; the warning `units.minutes-missing` at that line says its units could not be checked against minutes. Minutes may come with a line: the FHIR extension `https://claimlint.dev/fhir/StructureDefinition/treatment-minutes` (valueQuantity in `min`, or valueInteger) on the item, or in an 837P `SV103` of `MJ` (minutes) or a line note `NTE*ADD*MINUTES 23`.",
        "**FHIR** (`application/fhir+json`; plain `application/json` is read the same way): a `Claim`, or a `Bundle` of type `batch` of Claims. Payer type from the focal insurance's Coverage, contained in the Claim, typed with the Source of Payment Typology (`https://nahdo.org/sopt`); discipline from the rendering care team member's NUCC taxonomy (`careTeam.qualification`, system `http://nucc.org/provider-taxonomy`); CPT/HCPCS codes and modifiers from `item.productOrService` and `item.modifier`, units from `item.quantity`, ICD-10-CM diagnoses through `item.diagnosisSequence`. The answer is `application/fhir+json`: an `OperationOutcome` per claim (a `batch-response` Bundle for a Bundle), one issue per finding with the rule id in `details.coding`, the message in `details.text`, the fix in `diagnostics`, the FHIRPath of the element (first the one to change) in `expression` and the source in an extension; each validated date of service, with its status, ruleset and lines to bill, in a `validated-visit` extension.",
        "**837P** (`application/edi-x12`, 005010X222A1, one or many claims): payer type from SBR09, discipline from the rendering (2310B/2420A) or billing (2000A) provider's NUCC taxonomy in PRV03, code, modifiers and units from SV1, diagnoses from HI through SV107's pointers, the date from DTP*472. The answer is JSON: per claim its CLM01, status, the encounters with their validation results, and for every finding and problem the segment (loop, position in the transaction set, element).",
        "What cannot be mapped (an unknown taxonomy, no date of service, a procedure qualifier other than HC, ICD-9 diagnoses, a Coverage the Claim does not contain) is an issue or problem naming the element or segment, and the part it names is not checked. A malformed interchange, or one that is not UTF-8 text, is a 400 `malformed-x12` naming the segment number; a body that is no claim is a 422 `invalid-claim`. Claim answers are not stored.",
      ].join("\n\n"),
      security: apiKeyWhenConfigured,
      parameters: [pinnedRulesetParameter],
      requestBody: {
        required: true,
        description: `A FHIR R4 Claim or batch Bundle, or an 837P interchange (at most ${batchBodyLimitBytes / 1024 / 1024} MiB).`,
        content: {
          [fhirMediaType]: {
            schema: {
              type: "object",
              description:
                "A FHIR R4 Claim, or a Bundle of type batch whose entries' resources are Claims (at most 1,000).",
            },
            examples: {
              claim: { summary: "A Medicare PT claim: 97124 ×2 and 97140 on one date", value: exampleFhirClaim },
            },
          },
          [x12MediaType]: {
            schema: {
              type: "string",
              description: "An ASC X12 837P (005010X222A1) interchange: ISA to IEA, one or many claims.",
            },
            examples: {
              claim: { summary: "One Medicare Part B PT claim: 97124 ×2 and 97140 with 59", value: example837p },
            },
          },
        },
      },
      responses: {
        "200": {
          description: "The claims' answers: FHIR for a FHIR request, JSON for an 837P.",
          content: {
            [fhirMediaType]: {
              schema: {
                description: "An OperationOutcome for a Claim; a batch-response Bundle for a batch Bundle.",
                oneOf: [schemaReference(fhirOperationOutcomeSchema), schemaReference(fhirBatchResponseSchema)],
              },
              examples: {
                claim: {
                  summary:
                    "The FHIR example's answer: the pair edit at the 97140 item, and the warning that 97124's units could not be checked without minutes",
                  value: exampleOperationOutcome,
                },
              },
            },
            "application/json": {
              schema: schemaReference(x12ClaimResultsSchema),
              examples: { claim: { summary: "The 837P example's answer", value: exampleX12Results } },
            },
          },
        },
        ...problemResponses(
          "malformed-json",
          "malformed-x12",
          "unauthorized",
          "not-found",
          "method-not-allowed",
          "payload-too-large",
          "batch-too-large",
          "unsupported-media-type",
          "invalid-claim",
        ),
      },
    },
  },
};
