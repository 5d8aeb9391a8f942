// /explorer: the page where rule authors and billers look a code's rules up.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { htmlResponse } from "../http/html-response.ts";
import { explorerPage } from "../openapi/explorer-page.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const openApiPaths: OpenApiPaths = {
  "/explorer": {
    get: {
      operationId: "getRuleExplorerPage",
      tags: ["Pages"],
      summary: "The rule explorer",
      description:
        "An HTML page to search a code and see its catalog entry, pair edits, unit limits, and the rules that can fire for it with their sources and golden cases (from `GET /v1/codes/{code}/rules`).",
      responses: {
        "200": { description: "The rule explorer page.", content: { "text/html": { schema: { type: "string" } } } },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};

export const explorerRoutes = new Hono<AppEnv>();

explorerRoutes.get("/", (context) => htmlResponse(context, explorerPage()));
