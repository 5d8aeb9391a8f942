// /v1/webhooks/encounters: scheduling systems report completed visits here, signed as
// Standard Webhooks describes. Authenticated by the signature, not an API key. The
// answer is the ValidationResult (or the stored one, for a redelivery).
import { Hono } from "hono";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import webhookAcknowledgementSchema from "../../schemas/webhook-acknowledgement.schema.json";
import webhookEventSchema from "../../schemas/webhook-event.schema.json";
import type { AppEnv } from "../env.ts";
import type { WebhookAcknowledgement } from "../generated/types/webhook-acknowledgement.ts";
import { decodeUtf8, defaultBodyLimitBytes, readBodyBytes } from "../http/read-json-body.ts";
import { exampleEncounter, exampleValidationResult } from "../openapi/examples.ts";
import type { OpenApiPaths, ParameterObject } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { resultStoredHeaderDocumentation } from "../openapi/shared-parameters.ts";
import { shadowAfterAnswer } from "../releases/shadow-evaluation.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import { d1VisitLedger } from "../storage/patient-ledger.ts";
import { resultStoredHeader } from "../storage/store-api-validation.ts";
import { encounterCompleted } from "../webhooks/parse-webhook-event.ts";
import { receiveDelivery, replayedHeader } from "../webhooks/receive-delivery.ts";
import { readSignatureHeaders, verifySignature } from "../webhooks/verify-signature.ts";
import { parseWebhookSecrets } from "../webhooks/webhook-secrets.ts";

export const webhookRoutes = new Hono<AppEnv>();

webhookRoutes.post("/encounters", async (context) => {
  const secrets = parseWebhookSecrets(context.env.WEBHOOK_SECRET);
  // Headers first: an unsigned request is refused before its body is read.
  const headers = readSignatureHeaders(context.req.raw.headers);
  const bytes = await readBodyBytes(context.req.raw);
  const now = new Date();
  // The secret that signed it names the tenant the delivery and its result belong to.
  const tenant = await verifySignature({ headers, body: bytes, secrets, nowSeconds: Math.floor(now.getTime() / 1000) });
  const body = decodeUtf8(bytes);
  // Only authenticated deliveries reach storage: nobody else can fill the database.
  const ledger = d1VisitLedger(context.env, tenant);
  const rulesets = await currentRulesets(context.env);
  const delivery = await receiveDelivery(
    context.env.DB,
    rulesets,
    { tenant, webhookId: headers.id, body },
    now,
    ledger,
  );
  if (delivery.replayed) context.header(replayedHeader, "true");
  // Evaluated deliveries only: a replay answers what was stored, and was compared the first time.
  if (delivery.outcome === "processed" && !delivery.replayed)
    shadowAfterAnswer(
      context,
      rulesets,
      [{ body: (JSON.parse(body) as { data: unknown }).data, answer: delivery.result }],
      undefined,
      ledger,
    );
  // A webhook's result is always stored (the sender never reads the answer), with its delivery.
  if (delivery.outcome === "processed") return context.json(delivery.result, 200, { [resultStoredHeader]: "true" });
  const acknowledgement: WebhookAcknowledgement = {
    webhookId: headers.id,
    type: delivery.eventType,
    outcome: "ignored",
    detail: `Recorded, not evaluated: ClaimLint evaluates ${encounterCompleted} events only.`,
  };
  return context.json(acknowledgement, 202);
});

const signatureHeaders: ParameterObject[] = [
  {
    name: "webhook-id",
    in: "header",
    required: true,
    description: "The message id: the idempotency key. A redelivery with the same id gets the stored answer.",
    schema: { type: "string", maxLength: 256 },
    example: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
  },
  {
    name: "webhook-timestamp",
    in: "header",
    required: true,
    description: "When it was signed, in Unix seconds; more than 5 minutes from now is refused.",
    schema: { type: "string", pattern: "^[0-9]+$" },
    example: "1793635200",
  },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description:
      'Space-separated `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` signatures, keyed with a WEBHOOK_SECRET secret (the bytes after `whsec_`, base64-decoded). Any one matching passes.',
    schema: { type: "string" },
    example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
  },
];

const replayedHeaderDocumentation = {
  description: "`true` when this is the stored answer to an earlier delivery of the same webhook-id.",
  schema: { type: "string", enum: ["true"] },
};

export const openApiPaths: OpenApiPaths = {
  "/v1/webhooks/encounters": {
    post: {
      operationId: "receiveEncounterWebhook",
      tags: ["Webhooks"],
      summary: "Receive a completed visit from a scheduling system",
      description:
        "A Standard Webhooks delivery, authenticated by its signature (no API key). An `encounter.completed` event is validated like `POST /v1/encounters/validate` and the result stored under its encounterId (`GET /v1/validations/{encounterId}`). Each webhook-id is processed once: a redelivery gets the stored answer, a delivery arriving while the first is still being processed gets 409 with Retry-After. Other event types are recorded and acknowledged with 202. A signed delivery that is not valid is recorded as rejected (without its body) and answered with the problem. On purpose, the webhook answers 503 while WEBHOOK_SECRET is not configured and 500 when storage fails: the sender then retries the delivery instead of losing it. A secret written `tenant:whsec_…` stores the delivery and its result for that tenant. An encounter with `patient` is recorded in that tenant's visit ledger like a validate request's: 409 `encounter-of-another-patient` is final (the delivery is recorded as rejected), while 503 `patient-ledger-not-configured` (no PATIENT_REF_KEY) and `service-unavailable` (the ledger unreachable) ask the sender to retry.",
      security: [],
      parameters: signatureHeaders,
      requestBody: {
        required: true,
        description: `The event as JSON (at most ${defaultBodyLimitBytes / 1024} KiB), exactly the bytes that were signed.`,
        content: {
          "application/json": {
            schema: schemaReference(webhookEventSchema),
            examples: {
              completed: {
                summary: "The contract's encounter, completed",
                value: { type: "encounter.completed", data: exampleEncounter },
              },
            },
          },
        },
      },
      responses: {
        "200": {
          description: "The encounter's validation result, now stored.",
          headers: {
            "Idempotent-Replayed": replayedHeaderDocumentation,
            "Result-Stored": resultStoredHeaderDocumentation,
          },
          content: {
            "application/json": {
              schema: schemaReference(validationResultSchema),
              examples: { contract: { summary: "The contract example's answer", value: exampleValidationResult } },
            },
          },
        },
        "202": {
          description: "An event type ClaimLint does not evaluate: recorded, not evaluated.",
          headers: { "Idempotent-Replayed": replayedHeaderDocumentation },
          content: { "application/json": { schema: schemaReference(webhookAcknowledgementSchema) } },
        },
        ...problemResponses(
          "malformed-json",
          "invalid-signature",
          "conflict",
          "encounter-of-another-patient",
          "method-not-allowed",
          "payload-too-large",
          "unsupported-media-type",
          "invalid-webhook-event",
          "schema-violation",
          "no-ruleset-for-date",
          "internal-error",
          "patient-ledger-not-configured",
          "service-unavailable",
        ),
      },
    },
  },
};
