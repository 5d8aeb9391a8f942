// The Standard Webhooks signing secrets from WEBHOOK_SECRET: `whsec_` + base64, several
// separated by spaces while a secret is being rotated (a delivery signed with any of them
// is accepted). The secret's value never appears in a message.
import { ProblemError } from "../errors/problem-error.ts";
import { decodeBase64 } from "./base64.ts";

const prefix = "whsec_";

export function parseWebhookSecrets(value: string | undefined): Uint8Array[] {
  const entries = (value ?? "").split(/\s+/).filter((entry) => entry !== "");
  if (entries.length === 0) {
    throw new ProblemError("service-unavailable", "Webhooks are not configured: set WEBHOOK_SECRET (whsec_ + base64) with `wrangler secret put WEBHOOK_SECRET`, or locally in .dev.vars.");
  }
  return entries.map((entry, index) => {
    const key = decodeBase64(entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
    if (!key || key.byteLength === 0) {
      throw new ProblemError("service-unavailable", `WEBHOOK_SECRET entry ${index + 1} is not a Standard Webhooks secret (whsec_ followed by base64).`);
    }
    return key;
  });
}
