// The admin-key gate on /v1/admin/*: release administration (publish, activate, roll back)
// changes what every tenant is answered, so it takes a key from ADMIN_KEYS, never an API key,
// and with no admin key configured it is refused outright. The key's name is who did it.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { parseApiKeys } from "./api-keys.ts";
import { holderOfPresentedKey } from "./require-api-key.ts";

export function requireAdminKey(): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const keys = parseApiKeys(context.env.ADMIN_KEYS);
    if (keys.length === 0) {
      throw new ProblemError(
        "admin-keys-not-configured",
        "Release administration needs an admin key, and none is configured. Set ADMIN_KEYS (comma-separated `name:key`) with `wrangler secret put ADMIN_KEYS`, or locally in .dev.vars, then send Authorization: Bearer <key>.",
      );
    }
    context.set("admin", await holderOfPresentedKey(context.req.header("authorization"), keys, "admin"));
    return next();
  };
}
