// Tells TypeScript what the tests' workerd environment exports: the worker's default export
// (what `wrangler types` would generate). The bindings are declared in test/setup/test-env.d.ts.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../worker/index.ts");
  }
}
