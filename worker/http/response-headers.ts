// Headers every answer carries. Answers hold health data (findings about a visit, stored
// results), so nothing may cache them unless a route says otherwise (the reference pages
// and the OpenAPI document are public and set their own Cache-Control), and browsers must
// not guess a content type (Hono's secure-headers: nosniff, frame and referrer policies).
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const noStoreUnlessSet: MiddlewareHandler = async (context, next) => {
  await next();
  if (!context.res.headers.has("cache-control")) context.res.headers.set("cache-control", "no-store");
};

export const responseHeaders: MiddlewareHandler[] = [secureHeaders(), noStoreUnlessSet];
