// How operations say who may call them. /v1 needs a key only where the deployment sets
// API_KEYS, so most operations accept either a key or nothing (an empty requirement).
import type { SecurityRequirement, SecuritySchemeObject } from "./openapi-types.ts";

export const apiKeyScheme: Record<string, SecuritySchemeObject> = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description: "An API key from the deployment's API_KEYS, sent as `Authorization: Bearer <key>`. Needed on /v1 (but the webhook) when the deployment sets API_KEYS.",
  },
};

/** A key is checked when the deployment configures keys; otherwise the call is open. */
export const apiKeyWhenConfigured: SecurityRequirement[] = [{ apiKey: [] }, {}];
