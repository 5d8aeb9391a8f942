// /problems/{code}: the page every problem's `type` points at, HTML for people and JSON for
// clients that ask for it (Accept: application/json).
import { Hono } from "hono";
import { accepts } from "hono/accepts";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { problemTypes } from "../errors/problem-types.ts";
import { htmlResponse } from "../http/html-response.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { describeProblemType, isProblemCode, problemIndexPage, problemPage } from "../openapi/problem-page.ts";
import { problemResponses } from "../openapi/problem-responses.ts";

export const openApiPaths: OpenApiPaths = {
  "/problems": {
    get: {
      operationId: "listProblemTypes",
      tags: ["Reference"],
      summary: "List the problem types",
      description: "An HTML page listing every problem `code` with its status and title, each linked to its own page.",
      responses: {
        "200": { description: "The list of problem types.", content: { "text/html": { schema: { type: "string" } } } },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
  "/problems/{code}": {
    get: {
      operationId: "describeProblemType",
      tags: ["Reference"],
      summary: "Explain a problem type",
      description:
        "What a problem's `code` means and what to do about it. A problem's `type` is this path. Answers HTML unless the request asks for `application/json`.",
      parameters: [
        {
          name: "code",
          in: "path",
          required: true,
          description: "A problem code, as in a problem's `code` field.",
          schema: { type: "string", enum: Object.keys(problemTypes) },
          example: "schema-violation",
        },
      ],
      responses: {
        "200": {
          description: "The problem type explained.",
          content: {
            "text/html": { schema: { type: "string" } },
            "application/json": {
              schema: {
                description: "One problem type.",
                type: "object",
                additionalProperties: false,
                required: ["type", "code", "status", "title", "explanation"],
                properties: {
                  type: { description: "The `type` problems of this kind carry: `/problems/<code>`.", type: "string" },
                  code: { description: "The stable problem code.", type: "string" },
                  status: { description: "The HTTP status it is answered with.", type: "integer" },
                  title: { description: "The problem's title, the same for every occurrence.", type: "string" },
                  explanation: { description: "What it means and how to fix the request.", type: "string" },
                },
              },
            },
          },
        },
        ...problemResponses("not-found", "method-not-allowed"),
      },
    },
  },
};

export const problemRoutes = new Hono<AppEnv>();

problemRoutes.get("/", (context) => htmlResponse(context, problemIndexPage()));

problemRoutes.get("/:code", (context) => {
  const code = context.req.param("code");
  if (!isProblemCode(code))
    throw new ProblemError("not-found", `There is no problem type ${code}; /problems lists them all.`);
  const mediaType = accepts(context, {
    header: "Accept",
    supports: ["text/html", "application/json", "application/problem+json"],
    default: "text/html",
  });
  context.header("vary", "Accept");
  if (mediaType !== "text/html") return context.json(describeProblemType(code));
  return htmlResponse(context, problemPage(code));
});
