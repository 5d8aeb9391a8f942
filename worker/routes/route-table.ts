// Every route module, where it is mounted and what it documents: the one list index.ts mounts
// from and the OpenAPI document is built from, so a route cannot be served undocumented by
// forgetting a second list. (/openapi.json documents itself: it is built from this table.)
// A test walks the mounted router and fails on any route, method, status or key requirement
// the documentation does not state (test/openapi/router-coverage.test.ts).
import type { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { adminReleaseRoutes, openApiPaths as adminReleasePaths } from "./admin-releases.ts";
import { claimRoutes, openApiPaths as claimPaths } from "./claims.ts";
import { codeRuleRoutes, openApiPaths as codeRulePaths } from "./code-rules.ts";
import { codeRoutes, openApiPaths as codePaths } from "./codes.ts";
import { docsRoutes, openApiPaths as docsPaths } from "./docs.ts";
import { explorerRoutes, openApiPaths as explorerPaths } from "./explorer.ts";
import { encounterBatchRoutes, openApiPaths as encounterBatchPaths } from "./encounter-batch.ts";
import { encounterRoutes, openApiPaths as encounterPaths } from "./encounters.ts";
import { encounterVisitRoutes, openApiPaths as encounterVisitPaths } from "./encounter-visits.ts";
import { healthRoutes, openApiPaths as healthPaths } from "./health.ts";
import { jobRoutes, openApiPaths as jobPaths } from "./jobs.ts";
import { playgroundRoutes, openApiPaths as playgroundPaths } from "./playground.ts";
import { openApiPaths as patientPaths, patientRoutes } from "./patients.ts";
import { problemRoutes, openApiPaths as problemPaths } from "./problems.ts";
import { rulesetRoutes, openApiPaths as rulesetPaths } from "./rulesets.ts";
import { validationRoutes, openApiPaths as validationPaths } from "./validations.ts";
import { webhookRoutes, openApiPaths as webhookPaths } from "./webhooks.ts";

export interface MountedRoutes {
  /** The mount point; the module's documented paths start with it. */
  path: string;
  routes: Hono<AppEnv>;
  documentation: OpenApiPaths;
}

/** Routes outside /v1: public, never behind an API key. */
export const publicRoutes: readonly MountedRoutes[] = [
  { path: "/healthz", routes: healthRoutes, documentation: healthPaths },
  { path: "/docs", routes: docsRoutes, documentation: docsPaths },
  { path: "/problems", routes: problemRoutes, documentation: problemPaths },
  { path: "/playground", routes: playgroundRoutes, documentation: playgroundPaths },
  { path: "/explorer", routes: explorerRoutes, documentation: explorerPaths },
];

/** /v1 routes: behind the API-key gate when the deployment sets API_KEYS (the webhook checks its signature instead, /v1/admin an admin key). */
export const apiRoutes: readonly MountedRoutes[] = [
  { path: "/v1/encounters", routes: encounterRoutes, documentation: encounterPaths },
  { path: "/v1/encounters", routes: encounterBatchRoutes, documentation: encounterBatchPaths },
  { path: "/v1/claims", routes: claimRoutes, documentation: claimPaths },
  { path: "/v1/encounters", routes: encounterVisitRoutes, documentation: encounterVisitPaths },
  { path: "/v1/patients", routes: patientRoutes, documentation: patientPaths },
  { path: "/v1/rulesets", routes: rulesetRoutes, documentation: rulesetPaths },
  { path: "/v1/codes", routes: codeRoutes, documentation: codePaths },
  { path: "/v1/codes", routes: codeRuleRoutes, documentation: codeRulePaths },
  { path: "/v1/webhooks", routes: webhookRoutes, documentation: webhookPaths },
  { path: "/v1/validations", routes: validationRoutes, documentation: validationPaths },
  { path: "/v1/jobs", routes: jobRoutes, documentation: jobPaths },
  { path: "/v1/admin/releases", routes: adminReleaseRoutes, documentation: adminReleasePaths },
];
