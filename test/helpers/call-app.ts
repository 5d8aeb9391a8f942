// Calls the worker's app with an env chosen by the test (API keys, webhook secrets, a
// database), so one test's configuration never leaks into another's. Background writes
// (waitUntil) have finished when the response is returned.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { app } from "../../worker/index.ts";
import type { Env } from "../../worker/env.ts";

export interface TestConfiguration {
  apiKeys?: string;
  /** ADMIN_KEYS: release administration (/v1/admin/*). */
  adminKeys?: string;
  webhookSecret?: string;
  patientRefKey?: string;
  db?: D1Database;
  /** STORE_API_RESULTS: `"true"` keeps the validate and batch answers. */
  storeApiResults?: string;
}

export const testOrigin = "http://claimlint.test";

export async function callApp(
  path: string,
  init: RequestInit = {},
  configuration: TestConfiguration = {},
): Promise<Response> {
  const testEnv: Env = {
    DB: configuration.db ?? env.DB,
    JOB_FILES: env.JOB_FILES,
    JOB_CHUNKS: env.JOB_CHUNKS,
    RULES: env.RULES,
    API_KEYS: configuration.apiKeys,
    ADMIN_KEYS: configuration.adminKeys,
    WEBHOOK_SECRET: configuration.webhookSecret,
    STORE_API_RESULTS: configuration.storeApiResults,
    PATIENT_REF_KEY: configuration.patientRefKey,
  };
  const executionContext = createExecutionContext();
  const response = await app.fetch(new Request(`${testOrigin}${path}`, init), testEnv, executionContext);
  await waitOnExecutionContext(executionContext);
  return response;
}
