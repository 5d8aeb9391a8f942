// The Standard Webhooks signing secrets from WEBHOOK_SECRET: `whsec_` + base64, several
// separated by spaces while a secret is being rotated (a delivery signed with any of them
// is accepted). `tenant:whsec_…` signs that tenant's deliveries. The secret's value never
// appears in a message.
import { ProblemError } from "../errors/problem-error.ts";
import { splitTenant } from "../http/tenants.ts";
import { decodeBase64 } from "./base64.ts";

export interface WebhookSecret {
  /** The tenant whose deliveries this secret signs (`tenant:whsec_…`; `default` when written bare). */
  tenant: string;
  key: Uint8Array;
}

const prefix = "whsec_";

export function parseWebhookSecrets(value: string | undefined): WebhookSecret[] {
  const entries = (value ?? "").split(/\s+/).filter((entry) => entry !== "");
  if (entries.length === 0) {
    throw new ProblemError(
      "service-unavailable",
      "Webhooks are not configured: set WEBHOOK_SECRET (whsec_ + base64) with `wrangler secret put WEBHOOK_SECRET`, or locally in .dev.vars.",
    );
  }
  return entries.map((entry, index) => {
    const { tenant, credential } = splitTenant(entry);
    const key = decodeBase64(credential.startsWith(prefix) ? credential.slice(prefix.length) : credential);
    if (!key || key.byteLength === 0) {
      throw new ProblemError(
        "service-unavailable",
        `WEBHOOK_SECRET entry ${index + 1} is not a Standard Webhooks secret (whsec_ followed by base64).`,
      );
    }
    return { tenant, key };
  });
}
