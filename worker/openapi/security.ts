// How operations say who may call them. /v1 needs a key only where the deployment sets
// API_KEYS, so most operations accept either a key or nothing (an empty requirement).
import type { SecurityRequirement, SecuritySchemeObject } from "./openapi-types.ts";

export const securitySchemes: Record<string, SecuritySchemeObject> = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description:
      "An API key from the deployment's API_KEYS, sent as `Authorization: Bearer <key>`. Needed on /v1 (but the webhook and /v1/admin) when the deployment sets API_KEYS.",
  },
  adminKey: {
    type: "http",
    scheme: "bearer",
    description:
      "An admin key from the deployment's ADMIN_KEYS (separate from API_KEYS), sent as `Authorization: Bearer <key>`. Always needed on /v1/admin; with no admin key configured those routes answer 403.",
  },
};

/** Release administration: an admin key, always. */
export const adminKeyRequired: SecurityRequirement[] = [{ adminKey: [] }];

/** A key is checked when the deployment configures keys; otherwise the call is open. */
export const apiKeyWhenConfigured: SecurityRequirement[] = [{ apiKey: [] }, {}];
