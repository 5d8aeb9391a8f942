// Answers 405 with an Allow header for a known path called with another method.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../errors/problem-error.ts";

export function methodNotAllowed(...allowed: string[]): MiddlewareHandler {
  const allow = allowed.join(", ");
  return async (context) => {
    throw new ProblemError("method-not-allowed", `${context.req.method} is not allowed here; use ${allow}.`, {
      headers: { allow },
    });
  };
}
