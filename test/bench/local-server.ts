// Serves the deploy bundle (what `wrangler deploy` would upload) in workerd through Miniflare
// on a free 127.0.0.1 port, with a local D1 carrying the worker's migrations, and stops it:
// the HTTP section's only server. `wrangler dev` was measured too: its workerd spent about
// 3.4 ms of CPU on each /healthz against 0.6 ms here (it runs the worker with its dev tooling
// attached, the inspector among it), which would measure the tooling (BENCHMARKS.md).
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { projectRoot } from "./processes.ts";

export interface LocalServer {
  origin: string;
  /** User + system CPU seconds of the workerd processes this server runs in, so far. */
  workerdCpuSeconds(): number;
  stop(): Promise<void>;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** `withDatabase: false` leaves the DB binding out, so the routes store nothing. */
export async function startLocalServer(
  bundlePath: string,
  options: { withDatabase: boolean } = { withDatabase: true },
): Promise<LocalServer> {
  const wranglerToml = readFileSync(join(projectRoot, "wrangler.toml"), "utf8");
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(wranglerToml)?.[1];
  if (!compatibilityDate) throw new Error("wrangler.toml has no compatibility_date");
  const port = await freeLoopbackPort();
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port,
      modules: true,
      scriptPath: bundlePath,
      modulesRoot: join(bundlePath, ".."),
      compatibilityDate,
      d1Databases: options.withDatabase ? ["DB"] : [],
    }),
  );
  try {
    const url = await miniflare.ready;
    if (options.withDatabase) {
      const database = await miniflare.getD1Database("DB");
      const migrations = join(projectRoot, "worker/storage/migrations");
      for (const file of readdirSync(migrations)
        .filter((name) => name.endsWith(".sql"))
        .sort()) {
        for (const statement of splitStatements(readFileSync(join(migrations, file), "utf8")))
          await database.prepare(statement).run();
      }
    }
    return {
      origin: url.origin,
      workerdCpuSeconds: () => descendantCpuSeconds(process.pid, "workerd"),
      stop: () => miniflare.dispose(),
    };
  } catch (error) {
    await miniflare.dispose();
    throw error;
  }
}

/** The migration's statements, one by one (D1's exec wants one statement per line). */
function splitStatements(sql: string): string[] {
  const withoutComments = sql.replace(/--.*$/gm, "");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function descendantCpuSeconds(rootPid: number, name: string): number {
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
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current))
      if (current === rootPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (stat.command.startsWith(name) && isDescendant(pid)) ticks += stat.ticks;
  return ticks / ticksPerSecond;
}
