// /v1/encounters/validate/batch: up to 1,000 encounters in (a JSON array or NDJSON), one
// NDJSON line out per encounter, in the order sent. Mounted beside the single validate route.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { ndjsonMediaType, toNdjson } from "../http/ndjson.ts";
import { readBatchBody } from "../http/read-batch-body.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";
import { validateBatch } from "../validation/validate-batch.ts";

export const encounterBatchRoutes = new Hono<AppEnv>();

encounterBatchRoutes.post("/validate/batch", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  // An unknown pinned release fails the whole request, as on /validate: no line could be answered.
  if (pinnedVersion) shippedRulesets.byVersion(pinnedVersion);
  const entries = await readBatchBody(context.req.raw);
  const instance = new URL(context.req.url).pathname;
  const lines = await validateBatch(entries, shippedRulesets, { pinnedVersion, instance });
  return context.body(toNdjson(lines), 200, { "content-type": ndjsonMediaType });
});
encounterBatchRoutes.all("/validate/batch", methodNotAllowed("POST"));
