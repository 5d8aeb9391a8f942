// A known path called with another method answers 405 with an Allow header, as a problem like
// every other failure. Hono's own middleware finds the methods from the app's routes, so a new
// route needs nothing here.
import type { Hono, MiddlewareHandler } from "hono";
import { methodNotAllowed } from "hono/method-not-allowed";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";

export function methodNotAllowedProblem(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  return methodNotAllowed({
    app,
    onMethodNotAllowed: (context, methods) => {
      // HEAD is answered wherever GET is; Allow names the methods a route declares.
      const allow = methods.filter((method) => method !== "HEAD").join(", ");
      throw new ProblemError("method-not-allowed", `${context.req.method} is not allowed here; use ${allow}.`, {
        headers: { allow },
      });
    },
  });
}
