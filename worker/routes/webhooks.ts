// /v1/webhooks/encounters: scheduling systems report completed visits here, signed as
// Standard Webhooks describes. Authenticated by the signature, not an API key. The
// answer is the ValidationResult (or the stored one, for a redelivery).
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import type { WebhookAcknowledgement } from "../generated/types/webhook-acknowledgement.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { readBodyText } from "../http/read-json-body.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";
import { encounterCompleted } from "../webhooks/parse-webhook-event.ts";
import { receiveDelivery, replayedHeader } from "../webhooks/receive-delivery.ts";
import { readSignatureHeaders, verifySignature } from "../webhooks/verify-signature.ts";
import { parseWebhookSecrets } from "../webhooks/webhook-secrets.ts";

export const webhookRoutes = new Hono<AppEnv>();

webhookRoutes.post("/encounters", async (context) => {
  const secrets = parseWebhookSecrets(context.env.WEBHOOK_SECRET);
  // Headers first: an unsigned request is refused before its body is read.
  const headers = readSignatureHeaders(context.req.raw.headers);
  const body = await readBodyText(context.req.raw);
  const now = new Date();
  await verifySignature({ headers, body, secrets, nowSeconds: Math.floor(now.getTime() / 1000) });
  // Only authenticated deliveries reach storage: nobody else can fill the database.
  const delivery = await receiveDelivery(context.env.DB, shippedRulesets, { webhookId: headers.id, body }, now);
  if (delivery.replayed) context.header(replayedHeader, "true");
  if (delivery.outcome === "processed") return context.json(delivery.result);
  const acknowledgement: WebhookAcknowledgement = {
    webhookId: headers.id,
    type: delivery.eventType,
    outcome: "ignored",
    detail: `Recorded, not evaluated: ClaimLint evaluates ${encounterCompleted} events only.`,
  };
  return context.json(acknowledgement, 202);
});
webhookRoutes.all("/encounters", methodNotAllowed("POST"));
