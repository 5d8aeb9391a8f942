// /v1/rulesets: the shipped releases, their hashes and effective windows.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";

export const rulesetRoutes = new Hono<AppEnv>();

rulesetRoutes.get("/", (context) => context.json({ rulesets: shippedRulesets.list() }));
rulesetRoutes.all("/", methodNotAllowed("GET"));
