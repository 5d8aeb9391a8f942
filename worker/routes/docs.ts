// /docs: the interactive API reference, rendered once per isolate (it only changes with a deploy).
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { docsPage } from "../openapi/docs-page.ts";
import { renderHtmlPage, type RenderedPage } from "../openapi/html-page.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const openApiPaths: OpenApiPaths = {
  "/docs": {
    get: {
      operationId: "getReferencePage",
      tags: ["Reference"],
      summary: "This reference page",
      description: "An HTML page listing every operation of /openapi.json, with a form to try each one. It loads nothing from other sites.",
      responses: {
        "200": { description: "The reference page.", content: { "text/html": { schema: { type: "string" } } } },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};

let rendered: Promise<RenderedPage> | undefined;

export const docsRoutes = new Hono<AppEnv>();

docsRoutes.get("/", async (context) => {
  rendered ??= renderHtmlPage(docsPage());
  const page = await rendered;
  return context.body(page.html, 200, { ...page.headers, "cache-control": "public, max-age=300" });
});
docsRoutes.all("/", methodNotAllowed("GET"));
