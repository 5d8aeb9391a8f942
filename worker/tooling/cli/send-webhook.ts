// `npm run webhook:send -- <encounter.json> [--url <base>] [--type <event type>] [--id <webhook-id>]`
// Sends one signed test delivery to POST /v1/webhooks/encounters, signed with the Standard
// Webhooks reference library and the first secret of WEBHOOK_SECRET (the environment's,
// else .dev.vars'). The file holds an encounter, or a whole `{ "type", "data" }` event.
// Repeat a delivery with --id to see the stored answer come back.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";
import { readCommandLine } from "./command-line.ts";
import { localSetting } from "./local-settings.ts";

const help = {
  usage:
    "npm run webhook:send -- <encounter.json> [--url http://127.0.0.1:8787] [--type encounter.completed] [--id msg_…]",
  description: `Sends one signed test delivery to POST /v1/webhooks/encounters, signed with the first secret of
WEBHOOK_SECRET (the environment's, else .dev.vars'). The file holds an encounter or a whole { "type", "data" } event.
  --url   the server (default $CLAIMLINT_URL or http://127.0.0.1:8787)
  --type  the event type when the file holds an encounter (default encounter.completed)
  --id    the webhook-id; repeat one to see the stored answer come back`,
};

function webhookSecret(): string {
  // The first secret is the newest during a rotation; the worker accepts any configured one.
  const secret = (localSetting("WEBHOOK_SECRET") ?? "").split(/\s+/).find((entry) => entry !== "");
  if (!secret) throw new Error("No WEBHOOK_SECRET: set it in the environment or in .dev.vars (see .dev.vars.example).");
  return secret;
}

export function eventFrom(document: unknown, type: string): unknown {
  const isEvent = typeof document === "object" && document !== null && "type" in document && "data" in document;
  return isEvent ? document : { type, data: document };
}

async function main(): Promise<void> {
  const { values, positionals } = readCommandLine(help, {
    url: { type: "string", default: process.env.CLAIMLINT_URL ?? "http://127.0.0.1:8787" },
    type: { type: "string", default: "encounter.completed" },
    id: { type: "string" },
  });
  const [file] = positionals;
  if (!file) throw new Error(`usage: ${help.usage}`);
  const body = JSON.stringify(eventFrom(JSON.parse(readFileSync(file, "utf8")), values.type ?? "encounter.completed"));
  const webhookId = values.id ?? `msg_${randomUUID()}`;
  const signedAt = new Date();
  const endpoint = new URL("/v1/webhooks/encounters", values.url ?? "http://127.0.0.1:8787");
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": webhookId,
      "webhook-timestamp": String(Math.floor(signedAt.getTime() / 1000)),
      "webhook-signature": new Webhook(webhookSecret()).sign(webhookId, signedAt, body),
    },
    body,
  });
  const replayed = response.headers.get("idempotent-replayed") ? " (replayed: the stored answer)" : "";
  console.error(`POST ${endpoint} webhook-id ${webhookId} → ${response.status}${replayed}`);
  console.log(await response.text());
  if (!response.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
