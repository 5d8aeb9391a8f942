// The tests' workerd env: the worker's bindings plus the test-only TEST_MIGRATIONS that
// vitest.config.ts adds (the migrations read from worker/storage/migrations).
// An interface cannot extend an `import("…")` type directly, hence the alias.
type WorkerBindings = import("../../worker/env.ts").Env;

declare namespace Cloudflare {
  interface Env extends WorkerBindings {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
