// /playground: the page where billers try encounters and claims against the releases.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { htmlResponse } from "../http/html-response.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { playgroundPage } from "../openapi/playground-page.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const openApiPaths: OpenApiPaths = {
  "/playground": {
    get: {
      operationId: "getPlaygroundPage",
      tags: ["Pages"],
      summary: "The playground",
      description:
        "An HTML page to validate an encounter, a FHIR R4 Claim or an 837P interchange (pasted, or from an example) under one release or two compared, with each finding beside its line (and, for a claim, the item, element or segment it points at). What is pasted stays in the page and its URL fragment.",
      responses: {
        "200": { description: "The playground page.", content: { "text/html": { schema: { type: "string" } } } },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};

export const playgroundRoutes = new Hono<AppEnv>();

playgroundRoutes.get("/", (context) => htmlResponse(context, playgroundPage()));
