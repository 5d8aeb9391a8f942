// /v1/codes/{code}: a code's catalog entry in the release for a date (today by default).
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";

export const codeRoutes = new Hono<AppEnv>();

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

codeRoutes.get("/:code", (context) => {
  const code = context.req.param("code").toUpperCase();
  const pinnedVersion = context.req.query("ruleset");
  const date = context.req.query("date") ?? new Date().toISOString().slice(0, 10);
  if (!datePattern.test(date)) throw new ProblemError("invalid-request", "The date query parameter must be YYYY-MM-DD.");
  const ruleset = shippedRulesets.select(date, pinnedVersion);
  const entry = ruleset.tables.catalogByCode.get(code);
  if (!entry) throw new ProblemError("not-found", `${code} is not in the catalog of ruleset ${ruleset.version}.`);
  return context.json({ ...entry, ruleset: { version: ruleset.version, hash: ruleset.hash } });
});
codeRoutes.all("/:code", methodNotAllowed("GET"));
