// The worker's bindings (wrangler.toml, .dev.vars, `wrangler secret put`).
import type { JobChunkMessage } from "./jobs/job-chunk-plan.ts";

export interface Env {
  /** D1 database for webhook deliveries and stored validation results. */
  DB: D1Database;
  /** R2 bucket for jobs: each job's uploaded NDJSON and its results, chunk by chunk. */
  JOB_FILES: R2Bucket;
  /** Queue of job chunks to validate (producer); the same worker consumes it. */
  JOB_CHUNKS: Queue<JobChunkMessage>;
  /** Workers KV: ruleset releases published without a deploy (POST /v1/admin/releases) and their states. */
  RULES?: KVNamespace;
  /**
   * Comma-separated API keys, each `tenant:key` or a bare key (tenant `default`); when set,
   * /v1/* (but the webhook) needs `Authorization: Bearer <key>`, and stored results are the key's tenant's.
   */
  API_KEYS?: string;
  /**
   * Comma-separated admin keys, each `name:key` (a bare key is named `default`), separate from API_KEYS: they alone may
   * publish, activate and roll back ruleset releases (/v1/admin/*). Unset, release administration is refused.
   */
  ADMIN_KEYS?: string;
  /** Space-separated Standard Webhooks secrets (`whsec_…`, or `tenant:whsec_…`); several allow rotation. */
  WEBHOOK_SECRET?: string;
  /** `true` to store the answers of the validate and batch routes too (off by default; webhook results are always stored). */
  STORE_API_RESULTS?: string;
  /** Days a stored result or webhook delivery is kept before the nightly cron deletes it (default 90). */
  RESULTS_RETENTION_DAYS?: string;
  /** Secret for the HMAC that keys the patients' visit ledger (at least 32 characters); patient requests need it. */
  PATIENT_REF_KEY?: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The tenant of the API key that authenticated the request (`default` while keys are off). */
    tenant: string;
    /** The name of the admin key that authenticated a /v1/admin request. */
    admin: string;
  };
}
