// /healthz: liveness, cheap enough to be the floor in the HTTP benchmark.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get("/", (context) => context.json({ status: "ok" }));
healthRoutes.all("/", methodNotAllowed("GET"));
