// API keys from the API_KEYS binding and the check of a presented bearer token. Keys are
// compared as SHA-256 digests (equal lengths) with WebCrypto's timingSafeEqual, every
// configured key every time, so neither the key's length nor which key matched shows in the timing.
import { splitTenant } from "./tenants.ts";

export interface ApiKey {
  tenant: string;
  key: string;
}

/** The configured keys: API_KEYS split on commas, blanks dropped, each with its tenant. None means keys are off. */
export function parseApiKeys(value: string | undefined): ApiKey[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const { tenant, credential } = splitTenant(entry);
      return { tenant, key: credential };
    })
    .filter((entry) => entry.key !== "");
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other form. */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  return match?.[1];
}

/** The tenant of the configured key the candidate is, or undefined when it is none of them. */
export async function tenantOfApiKey(candidate: string, keys: readonly ApiKey[]): Promise<string | undefined> {
  const presented = await sha256(candidate);
  let tenant: string | undefined;
  for (const key of keys) {
    // No early return: the loop takes as long whichever key matches.
    if (crypto.subtle.timingSafeEqual(presented, await sha256(key.key))) tenant ??= key.tenant;
  }
  return tenant;
}

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}
