import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the worker's own wrangler.toml, so routes are exercised
// as deployed; pure domain functions are imported and called directly.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          // The repo's D1 migrations, read here in Node and applied in workerd by test/setup/apply-migrations.ts.
          TEST_MIGRATIONS: await readD1Migrations(
            fileURLToPath(new URL("./worker/storage/migrations", import.meta.url)),
          ),
          // Whatever a developer's .dev.vars holds, the suite starts with keys and webhooks off;
          // tests that need them pass their own env (test/helpers/call-app.ts).
          API_KEYS: "",
          ADMIN_KEYS: "",
          WEBHOOK_SECRET: "",
          PATIENT_REF_KEY: "",
        },
      },
    })),
  ],
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup/apply-migrations.ts"],
  },
});
