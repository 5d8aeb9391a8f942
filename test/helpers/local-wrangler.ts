// Runs `wrangler dev` on a free loopback port over a temporary --persist-to directory (so a
// developer's own .wrangler/state is left alone), for the checks that need a real server:
// a restart (test:restart) or a browser (test:browser).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { projectRoot } from "../../worker/tooling/cli/schema-files.ts";

export const quietEnvironment = { ...process.env, WRANGLER_SEND_METRICS: "false" };

export interface LocalServer {
  server: ChildProcess;
  base: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = quietEnvironment): string {
  const result = spawnSync(command, args, { cwd: projectRoot, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Applies the D1 migrations to the directory's local database, as `npm start` does to its own. */
export function migrateLocalDatabase(persistTo: string): void {
  runCommand("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
}

/** Starts the server with `vars` (name → value) and waits until /healthz answers. */
export async function startLocalServer(persistTo: string, vars: Record<string, string> = {}): Promise<LocalServer> {
  const port = await freePort();
  const varArguments = Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const server = spawn(
    "npx",
    ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, ...varArguments],
    {
      cwd: projectRoot,
      env: quietEnvironment,
      detached: true,
      stdio: "ignore",
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 180; attempt++) {
    const ready = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { server, base };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopLocalServer(server);
  throw new Error("wrangler dev did not answer /healthz within 90 seconds");
}

export function stopLocalServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    // The server was started detached, so its group is ours alone to end.
    process.kill(-server.pid!, "SIGTERM");
  });
}
