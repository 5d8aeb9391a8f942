// Tells TypeScript what the tests' workerd environment holds: the worker's bindings and its
// default export (what `wrangler types` would generate).
declare namespace Cloudflare {
  interface Env extends import("../worker/env.ts").Env {}
  interface GlobalProps {
    mainModule: typeof import("../worker/index.ts");
  }
}
