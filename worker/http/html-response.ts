// Answers one of the people-facing pages: rendered from its description, with its CSP.
import type { Context } from "hono";
import { renderHtmlPage, type HtmlPage } from "../openapi/html-page.ts";

export function htmlResponse(context: Context, page: HtmlPage): Response {
  const rendered = renderHtmlPage(page);
  // Pages change only with a deploy; five minutes keeps a new deploy's page close behind.
  return context.body(rendered.html, 200, { ...rendered.headers, "cache-control": "public, max-age=300" });
}
