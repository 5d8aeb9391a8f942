// Starts the worker under `wrangler dev` (workerd) on a free 127.0.0.1 port, and stops it:
// the HTTP section's only server. Its CPU time is read from /proc for the workerd processes.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { projectRoot, quietWranglerEnvironment } from "./processes.ts";

export interface LocalServer {
  origin: string;
  /** User + system CPU seconds of the workerd processes under this server so far. */
  workerdCpuSeconds(): number;
  stop(): Promise<void>;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startLocalServer(persistDirectory: string): Promise<LocalServer> {
  const port = await freeLoopbackPort();
  const inspectorPort = await freeLoopbackPort();
  const child = spawn(
    join(projectRoot, "node_modules/.bin/wrangler"),
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-ip", "127.0.0.1", "--inspector-port", String(inspectorPort), "--persist-to", persistDirectory, "--log-level", "error", "--show-interactive-dev-session=false"],
    { cwd: projectRoot, env: quietWranglerEnvironment(), stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const origin = `http://127.0.0.1:${port}`;
  const server: LocalServer = {
    origin,
    workerdCpuSeconds: () => descendantCpuSeconds(child.pid!, "workerd"),
    stop: () => stopProcessGroup(child),
  };
  try {
    await waitUntilHealthy(origin, child, () => errors);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilHealthy(origin: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}): ${errors()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer /healthz within 90 s: ${errors()}`);
}

/** Stops the process group this benchmark started (wrangler and the workerd it spawned), by its id. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timeout = new Promise((resolve) => setTimeout(resolve, 5000, "timeout"));
  if ((await Promise.race([exited, timeout])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

function descendantCpuSeconds(rootPid: number, name: string): number {
  const ticksPerSecond = 100;
  const parents = new Map<number, number>();
  const stats = new Map<number, { command: string; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command sits in parentheses and may hold spaces; the fields after it are fixed.
      const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      stats.set(Number(entry), { command, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current)) if (current === rootPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (stat.command.startsWith(name) && isDescendant(pid)) ticks += stat.ticks;
  return ticks / ticksPerSecond;
}
