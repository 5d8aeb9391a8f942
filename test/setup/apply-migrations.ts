// Runs before every test file: the worker's D1 gets the repo's migrations, as
// `wrangler d1 migrations apply` gives the local and production databases.
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
