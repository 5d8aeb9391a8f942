// /v1/validations/{encounterId}: an encounter's stored results, the current one and its
// history. Stored results are health data, so this route needs an API key even while the
// rest of /v1 is open: with no key configured it refuses.
import { Hono } from "hono";
import storedValidationsSchema from "../../schemas/stored-validations.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import type { StoredValidations } from "../generated/types/stored-validations.ts";
import { checkEncounterId, encounterIdRule } from "../http/encounter-id.ts";
import { requireApiKey } from "../http/require-api-key.ts";
import { exampleValidationResult } from "../openapi/examples.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { listValidations } from "../storage/validation-results.ts";

export const validationRoutes = new Hono<AppEnv>();

export const historyLimit = 100;

validationRoutes.use("/:encounterId", requireApiKey({ whenNoKeysConfigured: "refuse" }));

validationRoutes.get("/:encounterId", async (context) => {
  const encounterId = context.req.param("encounterId");
  checkEncounterId(encounterId);
  const [current, ...history] = await listValidations(
    context.env.DB,
    context.get("tenant"),
    encounterId,
    historyLimit + 1,
  );
  // Another tenant's result is answered as if it did not exist: its existence is not this key's to know.
  if (!current) throw new ProblemError("not-found", `No validation result is stored for encounter ${encounterId}.`);
  const answer: StoredValidations = { encounterId, current, history };
  return context.json(answer);
});

const exampleStoredValidations: StoredValidations = {
  encounterId: "enc-001",
  current: {
    result: exampleValidationResult,
    receivedVia: "webhook",
    webhookId: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
    validatedAt: "2026-11-02T17:04:05.000Z",
  },
  history: [],
};

export const openApiPaths: OpenApiPaths = {
  "/v1/validations/{encounterId}": {
    get: {
      operationId: "getStoredValidations",
      tags: ["Stored results"],
      summary: "Look up an encounter's stored results",
      description: `The newest result stored for the encounter (from a webhook delivery or the validate API) and, newest first, up to ${historyLimit} before it. Stored results are health data: this route always needs an API key, and refuses with 403 while the deployment has none configured. A key reads only its tenant's results (API_KEYS entries \`tenant:key\`; a bare key is tenant \`default\`): another tenant's encounter answers 404, as one never validated does. Results are kept RESULTS_RETENTION_DAYS days (90 by default).`,
      security: [{ apiKey: [] }],
      parameters: [
        {
          name: "encounterId",
          in: "path",
          required: true,
          description: "The encounter's identifier, as sent in the encounter.",
          schema: { type: "string", pattern: encounterIdRule.pattern, maxLength: encounterIdRule.maxLength },
          example: "enc-001",
        },
      ],
      responses: {
        "200": {
          description: "The current result and its history.",
          content: {
            "application/json": {
              schema: schemaReference(storedValidationsSchema),
              examples: { webhook: { summary: "One result, from a webhook", value: exampleStoredValidations } },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
          "internal-error",
        ),
      },
    },
  },
};
