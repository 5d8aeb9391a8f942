// Runs a storage write after the answer has gone out (waitUntil), so a route neither waits
// for D1 nor fails when it is down: a failed write is logged by operation and error only.
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";

export function recordInBackground(context: Context<AppEnv>, operation: string, write: (db: D1Database) => Promise<unknown>): void {
  const db = context.env?.DB;
  if (!db) return;
  const settled = Promise.resolve()
    .then(() => write(db))
    .catch((error: unknown) => {
      // D1's messages name the table and constraint, never the bound values.
      const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
      console.warn(JSON.stringify({ level: "warn", event: "storage-failed", operation, error: name, message: message.slice(0, 200) }));
    });
  try {
    context.executionCtx.waitUntil(settled);
  } catch {
    // Without an execution context (a bare app.fetch) the write still runs; nothing waits for it.
  }
}
