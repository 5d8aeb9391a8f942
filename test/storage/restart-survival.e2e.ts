// `npm run test:restart`: a stored result survives a restart of the local server. Runs in
// Node, outside the vitest suite, because it needs what workerd tests cannot do: stop
// `wrangler dev` and start it again over the same local SQLite files. It uses a temporary
// --persist-to directory (so your own .wrangler/state is left alone), applies the
// migrations as `npm start` does, sends a delivery with the webhook:send CLI, restarts the
// server and reads the result back with an API key.
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  migrateLocalDatabase,
  quietEnvironment,
  runCommand,
  startLocalServer,
  stopLocalServer,
} from "../helpers/local-wrangler.ts";

const persistTo = mkdtempSync(join(tmpdir(), "claimlint-restart-"));
const secret = `whsec_${randomBytes(32).toString("base64")}`;
const apiKey = randomUUID();
const startServer = () => startLocalServer(persistTo, { WEBHOOK_SECRET: secret, API_KEYS: apiKey });

async function main(): Promise<void> {
  migrateLocalDatabase(persistTo);
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
    const output = runCommand(
      "npx",
      ["tsx", "worker/tooling/cli/send-webhook.ts", encounterFile, "--url", first.base],
      { ...quietEnvironment, WEBHOOK_SECRET: secret },
    );
    delivered = JSON.parse(output);
  } finally {
    await stopLocalServer(first.server);
  }

  const second = await startServer();
  try {
    const response = await fetch(`${second.base}/v1/validations/${encounterId}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    assert.equal(response.status, 200, "the stored result is served after the restart");
    const stored = (await response.json()) as { current: { result: unknown; receivedVia: string } };
    assert.deepEqual(stored.current.result, delivered);
    assert.equal(stored.current.receivedVia, "webhook");
  } finally {
    await stopLocalServer(second.server);
  }
  console.log(`✓ a webhook result for ${encounterId} survived a restart of wrangler dev (${persistTo})`);
}

main()
  .catch((error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(persistTo, { recursive: true, force: true }));
