// /v1/encounters: validate one encounter against the release for its date of service.
import { Hono } from "hono";
import encounterSchema from "../../schemas/encounter.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import { defaultBodyLimitBytes, readJsonBody } from "../http/read-json-body.ts";
import { exampleEncounter, exampleValidationResult, moreExampleEncounters } from "../openapi/examples.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { pinnedRulesetParameter, resultStoredHeaderDocumentation } from "../openapi/shared-parameters.ts";
import { shadowAfterAnswer } from "../releases/shadow-evaluation.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import { d1VisitLedger } from "../storage/patient-ledger.ts";
import { storeApiResults } from "../storage/store-api-validation.ts";
import { validateEncounter } from "../validation/validate-encounter.ts";

export const encounterRoutes = new Hono<AppEnv>();

encounterRoutes.post("/validate", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  // An unknown pinned release is a 404 whatever the body holds.
  const rulesets = await currentRulesets(context.env);
  if (pinnedVersion) rulesets.byVersion(pinnedVersion);
  const body = await readJsonBody(context.req.raw);
  const ledger = d1VisitLedger(context.env, context.get("tenant"));
  const result = await validateEncounter(body, rulesets, pinnedVersion, ledger);
  await storeApiResults(context, [result]);
  shadowAfterAnswer(context, rulesets, [{ body, answer: result }], pinnedVersion, ledger);
  return context.json(result);
});

export const openApiPaths: OpenApiPaths = {
  "/v1/encounters/validate": {
    post: {
      operationId: "validateEncounter",
      tags: ["Validation"],
      summary: "Validate one encounter",
      description:
        "Checks the encounter against the schema, then evaluates the rules of the ruleset release for its date of service (or the pinned one). The answer lists every finding with its fix and source, and the lines to put on the claim: services that earn no units, or codes that may not be billed, are left out and a finding says why. `status` is `fail` when any finding is an error, `warn` when any is a warning, else `pass`. Where the deployment stores API results (STORE_API_RESULTS), the answer is stored under its encounterId for the API key's tenant before it is sent; `Result-Stored` says whether it was. An encounter with `patient` is judged with the patient's earlier visits and then recorded in the visit ledger under the API key's tenant (tag Patients): 409 `encounter-of-another-patient` when its encounterId is already recorded for another patient, 503 `patient-ledger-not-configured` while the deployment has no PATIENT_REF_KEY, and 503 `service-unavailable` (with Retry-After) when the ledger cannot be reached; nothing is recorded then.",
      security: apiKeyWhenConfigured,
      parameters: [pinnedRulesetParameter],
      requestBody: {
        required: true,
        description: `The encounter as JSON (at most ${defaultBodyLimitBytes / 1024} KiB).`,
        content: {
          "application/json": {
            schema: schemaReference(encounterSchema),
            examples: {
              contract: {
                summary: "A Medicare PT visit: 97110 for 33 minutes and 97140 for 7",
                value: exampleEncounter,
              },
              ...moreExampleEncounters,
            },
          },
        },
      },
      responses: {
        "200": {
          description: "The findings and the lines to bill.",
          headers: { "Result-Stored": resultStoredHeaderDocumentation },
          content: {
            "application/json": {
              schema: schemaReference(validationResultSchema),
              examples: { contract: { summary: "The contract example's answer", value: exampleValidationResult } },
            },
          },
        },
        ...problemResponses(
          "malformed-json",
          "unauthorized",
          "not-found",
          "method-not-allowed",
          "encounter-of-another-patient",
          "payload-too-large",
          "unsupported-media-type",
          "schema-violation",
          "no-ruleset-for-date",
          "patient-ledger-not-configured",
          "service-unavailable",
        ),
      },
    },
  },
};
