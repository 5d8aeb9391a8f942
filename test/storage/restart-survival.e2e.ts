// `npm run test:restart`: a stored result survives a restart of the local server. Runs in
// Node, outside the vitest suite, because it needs what workerd tests cannot do: stop
// `wrangler dev` and start it again over the same local SQLite files. It uses a temporary
// --persist-to directory (so your own .wrangler/state is left alone), applies the
// migrations as `npm start` does, sends a delivery with the webhook:send CLI, restarts the
// server and reads the result back with an API key.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../worker/tooling/cli/schema-files.ts";
import { stopProcessGroup } from "../bench/processes.ts";

const persistTo = mkdtempSync(join(tmpdir(), "claimlint-restart-"));
const secret = `whsec_${randomBytes(32).toString("base64")}`;
const apiKey = randomUUID();
const quiet = { ...process.env, WRANGLER_SEND_METRICS: "false" };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = quiet): string {
  const result = spawnSync(command, args, { cwd: projectRoot, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

async function startServer(): Promise<{ server: ChildProcess; base: string }> {
  const port = await freePort();
  const vars = ["--var", `WEBHOOK_SECRET:${secret}`, "--var", `API_KEYS:${apiKey}`];
  const server = spawn("npx", ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, ...vars], {
    cwd: projectRoot,
    env: quiet,
    detached: true,
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`${base}/healthz`).then((response) => response.ok, () => false);
    if (ready) return { server, base };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopProcessGroup(server);
  throw new Error("wrangler dev did not answer /healthz within a minute");
}

async function main(): Promise<void> {
  run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
  const encounterId = `enc-restart-${randomUUID()}`;
  const encounterFile = join(persistTo, "encounter.json");
  const encounter = {
    encounterId,
    dateOfService: "2026-11-02",
    payer: { type: "medicare" },
    provider: { discipline: "PT", npi: "1234567893" },
    diagnoses: ["M54.50"],
    services: [{ code: "97110", minutes: 33, modifiers: ["GP"] }],
  };
  writeFileSync(encounterFile, JSON.stringify(encounter));

  const first = await startServer();
  let delivered: unknown;
  try {
    const output = run("npx", ["tsx", "worker/tooling/cli/send-webhook.ts", encounterFile, "--url", first.base], { ...quiet, WEBHOOK_SECRET: secret });
    delivered = JSON.parse(output);
  } finally {
    await stopProcessGroup(first.server);
  }

  const second = await startServer();
  try {
    const response = await fetch(`${second.base}/v1/validations/${encounterId}`, { headers: { authorization: `Bearer ${apiKey}` } });
    assert.equal(response.status, 200, "the stored result is served after the restart");
    const stored = (await response.json()) as { current: { result: unknown; receivedVia: string } };
    assert.deepEqual(stored.current.result, delivered);
    assert.equal(stored.current.receivedVia, "webhook");
  } finally {
    await stopProcessGroup(second.server);
  }
  console.log(`✓ a webhook result for ${encounterId} survived a restart of wrangler dev (${persistTo})`);
}

main()
  .catch((error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(persistTo, { recursive: true, force: true }));
