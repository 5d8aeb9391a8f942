// Paths, environment and process handling shared by the sections that run other processes.
import type { ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Wrangler without telemetry or update checks: the benchmark talks to no one but 127.0.0.1. */
export function quietWranglerEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_DISABLE_UPDATE_CHECK: "true",
    CI: "true",
    NO_COLOR: "1",
  };
}

/** Stops a server started with `detached: true`: its process group (npm, wrangler, workerd) is ours alone to end. */
export function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}
