// /v1/rulesets: the releases bundled and published, their hashes, states and effective windows.
import { Hono } from "hono";
import rulesetListSchema from "../../schemas/ruleset-list.schema.json";
import type { AppEnv } from "../env.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";

export const rulesetRoutes = new Hono<AppEnv>();

rulesetRoutes.get("/", async (context) => context.json({ rulesets: (await currentRulesets(context.env)).list() }));

export const openApiPaths: OpenApiPaths = {
  "/v1/rulesets": {
    get: {
      operationId: "listRulesets",
      tags: ["Rulesets"],
      summary: "List the ruleset releases",
      security: apiKeyWhenConfigured,
      description:
        "Every release this deployment knows, oldest first: bundled with the code or published since without a deploy (POST /v1/admin/releases), with its content hash, its state (`active` answers dates of service; `shadow` and `retired` answer only `?ruleset=` pins) and the dates of service it answers. Old releases stay answerable for old dates of service.",
      responses: {
        "200": {
          description: "The releases.",
          content: { "application/json": { schema: schemaReference(rulesetListSchema) } },
        },
        ...problemResponses("unauthorized", "method-not-allowed"),
      },
    },
  },
};
