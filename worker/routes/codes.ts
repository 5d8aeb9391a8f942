// /v1/codes/{code}: a code's catalog entry in the release for a date (today by default).
import { Hono } from "hono";
import catalogSchema from "../../schemas/rules/catalog.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { extendedDefinition, schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { pinnedRulesetParameter } from "../openapi/shared-parameters.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";
import { isCalendarDate, todayUtc } from "../validation/calendar-date.ts";

export const codeRoutes = new Hono<AppEnv>();

codeRoutes.get("/:code", (context) => {
  const code = context.req.param("code").toUpperCase();
  const pinnedVersion = context.req.query("ruleset");
  const date = context.req.query("date") ?? todayUtc();
  if (!isCalendarDate(date)) throw new ProblemError("invalid-request", "The date query parameter must be a calendar date that exists, written YYYY-MM-DD.");
  const ruleset = shippedRulesets.select(date, pinnedVersion);
  const entry = ruleset.tables.catalogByCode.get(code);
  if (!entry) throw new ProblemError("not-found", `${code} is not in the catalog of ruleset ${ruleset.version}.`);
  return context.json({ ...entry, ruleset: { version: ruleset.version, hash: ruleset.hash } });
});
codeRoutes.all("/:code", methodNotAllowed("GET"));

export const openApiPaths: OpenApiPaths = {
  "/v1/codes/{code}": {
    get: {
      operationId: "lookUpCode",
      tags: ["Codes"],
      summary: "Look up a procedure code",
      description: "The code's catalog entry (how its units are counted, its flags and their source) in the release for a date of service, today by default.",
      security: apiKeyWhenConfigured,
      parameters: [
        { name: "code", in: "path", required: true, description: "A CPT or HCPCS code; lower case is accepted.", schema: { type: "string" }, example: "97110" },
        { name: "date", in: "query", required: false, description: "The date of service (YYYY-MM-DD) whose release answers; today (UTC) when absent.", schema: { type: "string", format: "date" }, example: "2026-11-02" },
        pinnedRulesetParameter,
      ],
      responses: {
        "200": {
          description: "The catalog entry and the release it comes from.",
          content: {
            "application/json": {
              schema: extendedDefinition(catalogSchema, "code", {
                description: "One procedure code as the chosen release's catalog has it, with that release's version and hash.",
                properties: { ruleset: schemaReference(validationResultSchema, "rulesetReference") },
                required: ["ruleset"],
              }),
            },
          },
        },
        ...problemResponses("invalid-request", "unauthorized", "not-found", "method-not-allowed", "no-ruleset-for-date"),
      },
    },
  },
};
