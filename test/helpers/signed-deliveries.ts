// Signs webhook deliveries with the Standard Webhooks reference library, so the worker's
// WebCrypto verification is checked against an independent implementation.
import { Webhook } from "standardwebhooks";
import type { Encounter } from "../../worker/generated/types/encounter.ts";

/** Test secrets: `whsec_` + base64 of fixed bytes (never used outside tests). */
export const currentSecret = `whsec_${btoa("claimlint-test-secret-current-32b")}`;
export const previousSecret = `whsec_${btoa("claimlint-test-secret-previous-32")}`;
export const strangerSecret = `whsec_${btoa("not-a-secret-claimlint-configures")}`;

export interface DeliveryOptions {
  webhookId?: string;
  secret?: string;
  signedAt?: Date;
}

export function uniqueWebhookId(): string {
  return `msg_${crypto.randomUUID()}`;
}

export function completedEvent(encounter: Encounter | unknown): { type: string; data: unknown } {
  return { type: "encounter.completed", data: encounter };
}

export function signedHeaders(body: string, options: DeliveryOptions = {}): Record<string, string> {
  const webhookId = options.webhookId ?? uniqueWebhookId();
  const signedAt = options.signedAt ?? new Date();
  const signature = new Webhook(options.secret ?? currentSecret).sign(webhookId, signedAt, body);
  return {
    "content-type": "application/json",
    "webhook-id": webhookId,
    "webhook-timestamp": String(Math.floor(signedAt.getTime() / 1000)),
    "webhook-signature": signature,
  };
}

/** A signed POST body and headers for /v1/webhooks/encounters. */
export function signedDelivery(event: unknown, options: DeliveryOptions = {}): RequestInit {
  const body = JSON.stringify(event);
  return { method: "POST", headers: signedHeaders(body, options), body };
}
