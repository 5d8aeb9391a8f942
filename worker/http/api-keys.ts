// API keys from the API_KEYS binding and the check of a presented bearer token. Keys are
// compared as SHA-256 digests in constant time, every configured key every time, so
// neither the key's length nor which key matched shows in the timing.
import { constantTimeEqual } from "./constant-time-equal.ts";

/** The configured keys: API_KEYS split on commas, blanks dropped. None means keys are off. */
export function parseApiKeys(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key !== "");
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other form. */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  return match?.[1];
}

export async function isConfiguredApiKey(candidate: string, keys: readonly string[]): Promise<boolean> {
  const presented = await sha256(candidate);
  let matched = false;
  for (const key of keys) {
    // No early return: the loop takes as long whichever key matches.
    if (constantTimeEqual(presented, await sha256(key))) matched = true;
  }
  return matched;
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
