// /docs: the interactive API reference (Scalar over /openapi.json).
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { htmlResponse } from "../http/html-response.ts";
import { docsPage } from "../openapi/docs-page.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const openApiPaths: OpenApiPaths = {
  "/docs": {
    get: {
      operationId: "getReferencePage",
      tags: ["Reference"],
      summary: "This reference page",
      description:
        "An HTML page rendering /openapi.json with Scalar: every operation with its schemas, code samples in several languages, search, and a client to send each request to this server. It loads nothing from other sites.",
      responses: {
        "200": { description: "The reference page.", content: { "text/html": { schema: { type: "string" } } } },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};

export const docsRoutes = new Hono<AppEnv>();

docsRoutes.get("/", (context) => htmlResponse(context, docsPage()));
