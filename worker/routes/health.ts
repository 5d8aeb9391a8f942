// /healthz: liveness, cheap enough to be the floor in the HTTP benchmark.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get("/", (context) => context.json({ status: "ok" }));

export const openApiPaths: OpenApiPaths = {
  "/healthz": {
    get: {
      operationId: "checkHealth",
      tags: ["Service"],
      summary: "Liveness",
      description: "Answers as soon as the worker runs; it touches no ruleset and no storage.",
      responses: {
        "200": {
          description: "The worker is up.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                required: ["status"],
                properties: { status: { description: "Always `ok`.", const: "ok" } },
              },
            },
          },
        },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};
