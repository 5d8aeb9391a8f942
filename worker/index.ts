// Wires the routes, the one error path and the retention cron; everything else lives in its module.
import { Hono } from "hono";
import type { AppEnv, Env } from "./env.ts";
import { handleError, handleNotFound } from "./errors/error-handler.ts";
import { methodNotAllowedProblem } from "./http/method-not-allowed.ts";
import { requireApiKey } from "./http/require-api-key.ts";
import { responseHeaders } from "./http/response-headers.ts";
import type { JobChunkMessage } from "./jobs/job-chunk-plan.ts";
import { consumeJobChunks } from "./jobs/job-chunk-consumer.ts";
import { openApiRoutes } from "./routes/openapi.ts";
import { apiRoutes, publicRoutes } from "./routes/route-table.ts";
import { scheduled } from "./scheduled.ts";

const app = new Hono<AppEnv>();

app.use(...responseHeaders);
app.use(methodNotAllowedProblem(app));
for (const mounted of publicRoutes) app.route(mounted.path, mounted.routes);
app.route("/openapi.json", openApiRoutes);
// Before every /v1 route: with API_KEYS set, all of /v1 needs a key but the webhook, which
// is authenticated by its Standard Webhooks signature instead, and /v1/admin, which takes an admin key.
app.use(
  "/v1/*",
  requireApiKey({ except: (path) => path.startsWith("/v1/webhooks/") || path.startsWith("/v1/admin/") }),
);
for (const mounted of apiRoutes) app.route(mounted.path, mounted.routes);

app.onError(handleError);
app.notFound(handleNotFound);

/** The Hono app itself, for what walks its routes (the OpenAPI check). */
export { app };

export default {
  fetch: app.fetch,
  scheduled,
  // Job chunks (POST /v1/jobs) from the queue wrangler.toml binds to this worker.
  queue: (batch, env) => consumeJobChunks(batch, env),
} satisfies ExportedHandler<Env, JobChunkMessage>;
