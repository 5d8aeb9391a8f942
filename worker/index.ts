// Wires the routes and the one error path; everything else lives in its module.
import { Hono } from "hono";
import type { AppEnv } from "./env.ts";
import { handleError, handleNotFound } from "./errors/error-handler.ts";
import { requireApiKey } from "./http/require-api-key.ts";
import { responseHeaders } from "./http/response-headers.ts";
import { codeRoutes } from "./routes/codes.ts";
import { docsRoutes } from "./routes/docs.ts";
import { encounterBatchRoutes } from "./routes/encounter-batch.ts";
import { encounterRoutes } from "./routes/encounters.ts";
import { healthRoutes } from "./routes/health.ts";
import { openApiRoutes } from "./routes/openapi.ts";
import { problemRoutes } from "./routes/problems.ts";
import { rulesetRoutes } from "./routes/rulesets.ts";
import { validationRoutes } from "./routes/validations.ts";
import { webhookRoutes } from "./routes/webhooks.ts";

const app = new Hono<AppEnv>();

app.use(...responseHeaders);
app.route("/healthz", healthRoutes);
app.route("/openapi.json", openApiRoutes);
app.route("/docs", docsRoutes);
app.route("/problems", problemRoutes);
// Before every /v1 route: with API_KEYS set, all of /v1 needs a key but the webhook, which
// is authenticated by its Standard Webhooks signature instead.
app.use("/v1/*", requireApiKey({ except: (path) => path.startsWith("/v1/webhooks/") }));
app.route("/v1/encounters", encounterRoutes);
app.route("/v1/encounters", encounterBatchRoutes);
app.route("/v1/rulesets", rulesetRoutes);
app.route("/v1/codes", codeRoutes);
app.route("/v1/webhooks", webhookRoutes);
app.route("/v1/validations", validationRoutes);

app.onError(handleError);
app.notFound(handleNotFound);

export default app;
