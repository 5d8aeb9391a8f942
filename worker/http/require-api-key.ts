// The API-key gate. When API_KEYS is set, a request needs `Authorization: Bearer <key>`
// with one of them (401 otherwise). Routes that serve stored results go further: with no
// key configured they refuse outright, so health data is never served to anyone who asks.
// The key's tenant is set on the context: stored results are read and written under it.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { bearerToken, parseApiKeys, tenantOfApiKey, type ApiKey } from "./api-keys.ts";
import { defaultTenant } from "./tenants.ts";

export interface ApiKeyOptions {
  /** Paths the gate lets through (the webhook authenticates by its signature instead). */
  except?: (path: string) => boolean;
  /** `refuse`: answer 403 while no key is configured, instead of letting everyone in. */
  whenNoKeysConfigured?: "allow" | "refuse";
}

const challenge = 'Bearer realm="claimlint"';

/** The name (tenant, or admin) of the configured key the request's bearer token is; a 401 problem when it is none. */
export async function holderOfPresentedKey(
  authorization: string | undefined,
  keys: readonly ApiKey[],
  kind: "API" | "admin",
): Promise<string> {
  const token = bearerToken(authorization);
  if (!token) {
    throw new ProblemError(
      "unauthorized",
      `Send Authorization: Bearer <key> with one of the configured ${kind} keys.`,
      { headers: { "www-authenticate": challenge } },
    );
  }
  const holder = await tenantOfApiKey(token, keys);
  if (!holder) {
    throw new ProblemError("unauthorized", `The key is not one of the configured ${kind} keys.`, {
      headers: { "www-authenticate": `${challenge}, error="invalid_token"` },
    });
  }
  return holder;
}

export function requireApiKey(options: ApiKeyOptions = {}): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    if (options.except?.(context.req.path)) return next();
    const keys = parseApiKeys(context.env.API_KEYS);
    if (keys.length === 0) {
      if (options.whenNoKeysConfigured !== "refuse") {
        context.set("tenant", defaultTenant);
        return next();
      }
      throw new ProblemError(
        "api-keys-not-configured",
        "Stored results are only served to callers with an API key, and no key is configured. Set API_KEYS (comma-separated) with `wrangler secret put API_KEYS`, or locally in .dev.vars, then send Authorization: Bearer <key>.",
      );
    }
    const tenant = await holderOfPresentedKey(context.req.header("authorization"), keys, "API");
    context.set("tenant", tenant);
    return next();
  };
}
