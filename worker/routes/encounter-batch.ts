// /v1/encounters/validate/batch: up to 1,000 encounters in (a JSON array or NDJSON), one
// NDJSON line out per encounter, in the order sent. Mounted beside the single validate route.
import { Hono } from "hono";
import encounterSchema from "../../schemas/encounter.schema.json";
import problemSchema from "../../schemas/problem.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import { ndjsonMediaType, toNdjson } from "../http/ndjson.ts";
import { batchBodyLimitBytes, maxBatchEncounters, readBatchBody } from "../http/read-batch-body.ts";
import { exampleEncounter, exampleValidationResult } from "../openapi/examples.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { pinnedRulesetParameter, resultStoredHeaderDocumentation } from "../openapi/shared-parameters.ts";
import { shadowAfterAnswer } from "../releases/shadow-evaluation.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import { d1VisitLedger } from "../storage/patient-ledger.ts";
import { storeApiResults } from "../storage/store-api-validation.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import { validateBatch } from "../validation/validate-batch.ts";

export const encounterBatchRoutes = new Hono<AppEnv>();

encounterBatchRoutes.post("/validate/batch", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  // An unknown pinned release fails the whole request, as on /validate: no line could be answered.
  const rulesets = await currentRulesets(context.env);
  if (pinnedVersion) rulesets.byVersion(pinnedVersion);
  const entries = await readBatchBody(context.req.raw);
  const instance = new URL(context.req.url).pathname;
  const ledger = d1VisitLedger(context.env, context.get("tenant"));
  const lines = await validateBatch(entries, rulesets, { pinnedVersion, instance, ledger });
  await storeApiResults(
    context,
    lines.filter((line): line is ValidationResult => "encounterId" in line),
  );
  const answered = entries.flatMap((entry, index) => {
    const line = lines[index]!;
    return "value" in entry && "encounterId" in line ? [{ body: entry.value, answer: line }] : [];
  });
  shadowAfterAnswer(context, rulesets, answered, pinnedVersion, ledger);
  return context.body(toNdjson(lines), 200, { "content-type": ndjsonMediaType });
});

const lineProblemExample = {
  type: "/problems/schema-violation",
  title: "The encounter does not match the schema",
  status: 422,
  detail: "The encounter has 1 error; each names the JSON pointer of the value to fix.",
  instance: "/v1/encounters/validate/batch",
  code: "schema-violation",
  index: 1,
  errors: [{ pointer: "/services/0/minutes", message: "must be >= 0", keyword: "minimum" }],
};

export const openApiPaths: OpenApiPaths = {
  "/v1/encounters/validate/batch": {
    post: {
      operationId: "validateEncounterBatch",
      tags: ["Validation"],
      summary: "Validate up to 1,000 encounters",
      description: `Validates each encounter as \`POST /v1/encounters/validate\` would, and answers NDJSON: one line per encounter, in the order sent. An encounter that cannot be validated (a line that is not JSON, a schema violation, no ruleset release for its date, a patient's encounter the visit ledger refuses) gets an RFC 9457 problem on its line, with \`index\` (its zero-based position) and, for NDJSON, \`line\`; the other encounters are answered as usual. Blank NDJSON lines are skipped. More than ${maxBatchEncounters} encounters is refused whole with 413 \`batch-too-large\` (the same status as a body over the size limit: the request is too big and nothing in it was validated; split it). Where the deployment stores API results (STORE_API_RESULTS, off by default), each result is stored under its encounterId for the API key's tenant, as a validate answer is, in one transaction before the answer is sent; \`Result-Stored\` says whether they were. Encounters with \`patient\` are validated and recorded one at a time, in order, so a later visit of a patient sees the earlier ones in the same batch.`,
      security: apiKeyWhenConfigured,
      parameters: [pinnedRulesetParameter],
      requestBody: {
        required: true,
        description: `At most ${maxBatchEncounters} encounters and ${batchBodyLimitBytes / 1024 / 1024} MiB: a JSON array, or NDJSON with one encounter per line.`,
        content: {
          "application/json": {
            schema: {
              type: "array",
              maxItems: maxBatchEncounters,
              description: "The encounters, in the order their answers should come.",
              items: schemaReference(encounterSchema),
            },
            examples: {
              two: {
                summary: "Two encounters",
                value: [exampleEncounter, { ...exampleEncounter, encounterId: "enc-002" }],
              },
            },
          },
          [ndjsonMediaType]: {
            schema: schemaReference(encounterSchema),
            // Examples show one line each: the schema describes a line, not the whole body.
            examples: { line: { summary: "One line of the body: one encounter", value: exampleEncounter } },
          },
        },
      },
      responses: {
        "200": {
          description:
            "One NDJSON line per encounter, in the order sent: its validation result, or the problem that kept it from being validated.",
          headers: { "Result-Stored": resultStoredHeaderDocumentation },
          content: {
            [ndjsonMediaType]: {
              schema: {
                description: "Each line.",
                oneOf: [schemaReference(validationResultSchema), schemaReference(problemSchema)],
              },
              examples: {
                result: { summary: "A line answering an encounter that was validated", value: exampleValidationResult },
                problem: {
                  summary: "A line answering the second encounter, which broke the schema",
                  value: lineProblemExample,
                },
              },
            },
          },
        },
        ...problemResponses(
          "malformed-json",
          "unauthorized",
          "not-found",
          "method-not-allowed",
          "payload-too-large",
          "batch-too-large",
          "unsupported-media-type",
          "invalid-batch",
        ),
      },
    },
  },
};
