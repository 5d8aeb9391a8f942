// /v1/encounters: validate one encounter against the release for its date of service.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { readJsonBody } from "../http/read-json-body.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";
import { validateEncounter } from "../validation/validate-encounter.ts";

export const encounterRoutes = new Hono<AppEnv>();

encounterRoutes.post("/validate", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  // An unknown pinned release is a 404 whatever the body holds.
  if (pinnedVersion) shippedRulesets.byVersion(pinnedVersion);
  const body = await readJsonBody(context.req.raw);
  return context.json(await validateEncounter(body, shippedRulesets, pinnedVersion));
});
encounterRoutes.all("/validate", methodNotAllowed("POST"));
