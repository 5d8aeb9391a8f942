// The worker's bindings (wrangler.toml, .dev.vars, `wrangler secret put`).
export interface Env {
  /** D1 database for webhook deliveries and stored validation results. */
  DB: D1Database;
  /** Comma-separated API keys; when set, /v1/* (but the webhook) needs `Authorization: Bearer <key>`. */
  API_KEYS?: string;
  /** Space-separated Standard Webhooks secrets (`whsec_…`); several allow rotation. */
  WEBHOOK_SECRET?: string;
}

export interface AppEnv {
  Bindings: Env;
}
