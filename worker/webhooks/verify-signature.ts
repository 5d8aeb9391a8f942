// Standard Webhooks verification with WebCrypto: the signature is the base64 HMAC-SHA256
// of `<webhook-id>.<webhook-timestamp>.<body>`; webhook-signature may carry several
// space-separated `v1,<signature>` entries, and any match with any configured secret
// passes. A timestamp more than five minutes from now is refused, which bounds replays.
import { ProblemError } from "../errors/problem-error.ts";
import { decodeBase64 } from "./base64.ts";
import type { WebhookSecret } from "./webhook-secrets.ts";

export const timestampToleranceSeconds = 5 * 60;

export interface SignatureHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

export interface SignedDelivery {
  headers: SignatureHeaders;
  /** The body's bytes exactly as received: the signature covers them, not their decoded text (which loses a BOM). */
  body: Uint8Array;
  secrets: readonly WebhookSecret[];
  nowSeconds: number;
}

// Printable ASCII without spaces: the id is stored as the idempotency key.
const idPattern = /^[\x21-\x7e]{1,256}$/;

export function readSignatureHeaders(headers: Headers): SignatureHeaders {
  const id = headers.get("webhook-id");
  const timestamp = headers.get("webhook-timestamp");
  const signature = headers.get("webhook-signature");
  const missing = [
    ["webhook-id", id],
    ["webhook-timestamp", timestamp],
    ["webhook-signature", signature],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0)
    throw unauthenticated(`The delivery has no ${missing.join(", ")} header; sign it as Standard Webhooks describes.`);
  if (!idPattern.test(id!)) throw unauthenticated("webhook-id must be 1 to 256 printable characters without spaces.");
  return { id: id!, timestamp: timestamp!, signature: signature! };
}

/** Answers the tenant of the secret that signed the delivery; throws invalid-signature when none did. */
export async function verifySignature(delivery: SignedDelivery): Promise<string> {
  const { headers, body, secrets, nowSeconds } = delivery;
  if (!/^\d{1,12}$/.test(headers.timestamp))
    throw unauthenticated("webhook-timestamp must be the signing time in Unix seconds.");
  const skew = nowSeconds - Number(headers.timestamp);
  if (Math.abs(skew) > timestampToleranceSeconds) {
    const direction = skew > 0 ? `${skew} seconds old` : `${-skew} seconds in the future`;
    throw unauthenticated(
      `webhook-timestamp is ${direction}; more than ${timestampToleranceSeconds / 60} minutes off is refused. Sign again with the current time (and check the sender's clock).`,
    );
  }
  const presented = presentedSignatures(headers.signature);
  const prefix = new TextEncoder().encode(`${headers.id}.${headers.timestamp}.`);
  const signedContent = new Uint8Array(prefix.byteLength + body.byteLength);
  signedContent.set(prefix);
  signedContent.set(body, prefix.byteLength);
  let tenant: string | undefined;
  for (const secret of secrets) {
    const key = await crypto.subtle.importKey("raw", secret.key, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    // WebCrypto's verify compares in constant time; every presented signature is checked against every secret, no early exit.
    for (const signature of presented)
      if (await crypto.subtle.verify("HMAC", key, signature, signedContent)) tenant ??= secret.tenant;
  }
  if (!tenant)
    throw unauthenticated("No v1 signature in webhook-signature matches the body signed with a configured secret.");
  return tenant;
}

function presentedSignatures(header: string): Uint8Array[] {
  const signatures: Uint8Array[] = [];
  for (const entry of header.split(" ")) {
    const [version, encoded] = entry.split(",", 2);
    // Other versions (v1a: asymmetric) are not ours to check; they neither pass nor fail.
    if (version !== "v1" || !encoded) continue;
    const bytes = decodeBase64(encoded);
    if (bytes) signatures.push(bytes);
  }
  return signatures;
}

function unauthenticated(detail: string): ProblemError {
  return new ProblemError("invalid-signature", detail);
}
