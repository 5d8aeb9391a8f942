import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { app } from "../../worker/index.ts";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import {
  completedEvent,
  currentSecret,
  previousSecret,
  signedDelivery,
  uniqueWebhookId,
} from "../helpers/signed-deliveries.ts";

const configured = { webhookSecret: currentSecret, apiKeys: "biller-key", storeApiResults: "true" };
const withKey = { headers: { authorization: "Bearer biller-key" } };

const newEncounterId = () => `enc-${crypto.randomUUID()}`;

async function deliver(encounter: ReturnType<typeof encounterWith>, webhookId = uniqueWebhookId()) {
  const response = await callApp(
    "/v1/webhooks/encounters",
    signedDelivery(completedEvent(encounter), { webhookId }),
    configured,
  );
  expect(response.status).toBe(200);
  return response.json<any>();
}

describe("GET /v1/validations/{encounterId}", () => {
  it("answers the current result and, newest first, the ones before it", async () => {
    const encounterId = newEncounterId();
    const firstWebhookId = uniqueWebhookId();
    const first = await deliver(encounterWith([timed("97110", 5)], { encounterId }), firstWebhookId);
    const corrected = await deliver(encounterWith([timed("97110", 30)], { encounterId }));
    const again = await callApp(
      "/v1/encounters/validate",
      {
        method: "POST",
        headers: { ...withKey.headers, "content-type": "application/json" },
        body: JSON.stringify(encounterWith([timed("97110", 45)], { encounterId })),
      },
      configured,
    );
    const latest = await again.json<any>();

    const response = await callApp(`/v1/validations/${encounterId}`, withKey, configured);

    expect(response.status).toBe(200);
    const stored = await response.json<any>();
    expect(stored.encounterId).toBe(encounterId);
    expect(stored.current).toEqual({ result: latest, receivedVia: "api", validatedAt: expect.any(String) });
    expect(stored.history).toEqual([
      { result: corrected, receivedVia: "webhook", webhookId: expect.any(String), validatedAt: expect.any(String) },
      { result: first, receivedVia: "webhook", webhookId: firstWebhookId, validatedAt: expect.any(String) },
    ]);
    expect(stored.current.result.ruleset).toEqual({
      version: expect.any(String),
      hash: expect.stringMatching(/^sha256-/),
    });
  });

  it("answers 404 for an encounter with nothing stored", async () => {
    const response = await callApp(`/v1/validations/${newEncounterId()}`, withKey, configured);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not-found" });
  });

  it("answers 400 for an encounterId the encounter schema would refuse", async () => {
    const response = await callApp(`/v1/validations/${encodeURIComponent("-starts-with-a-dash")}`, withKey, configured);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid-request" });
  });

  it("answers 400 for an encounterId longer than the schema's 100 characters", async () => {
    const response = await callApp(`/v1/validations/${"e".repeat(101)}`, withKey, configured);
    expect(response.status).toBe(400);
  });

  it("answers 405 with an Allow header for DELETE", async () => {
    const response = await callApp(`/v1/validations/${newEncounterId()}`, { ...withKey, method: "DELETE" }, configured);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  it("reads a stored result back through a freshly loaded worker, from D1 alone", async () => {
    const encounterId = newEncounterId();
    const delivered = await deliver(encounterWith([timed("97110", 23)], { encounterId }));

    // A new module graph: nothing the first app instance held in memory carries over,
    // so the answer can only come from the database.
    vi.resetModules();
    const { app: reopened } = await import("../../worker/index.ts");
    expect(reopened).not.toBe(app);
    const response = await reopened.fetch(new Request(`http://claimlint.test/v1/validations/${encounterId}`, withKey), {
      ...env,
      API_KEYS: configured.apiKeys,
    });

    expect(response.status).toBe(200);
    expect((await response.json<any>()).current.result).toEqual(delivered);
  });
});

describe("GET /v1/validations/{encounterId} with several tenants", () => {
  const tenants = {
    webhookSecret: `clinic-a:${currentSecret} clinic-b:${previousSecret}`,
    apiKeys: "clinic-a:key-a,clinic-b:key-b,key-default",
    storeApiResults: "true",
  };
  const keyOf = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

  it("answers a tenant's webhook result to that tenant's key and 404 to every other tenant's", async () => {
    const encounterId = newEncounterId();
    const delivered = await callApp(
      "/v1/webhooks/encounters",
      signedDelivery(completedEvent(encounterWith([timed("97110", 30)], { encounterId }))),
      tenants,
    );
    expect(delivered.status).toBe(200);

    const own = await callApp(`/v1/validations/${encounterId}`, keyOf("key-a"), tenants);
    expect(own.status).toBe(200);
    expect((await own.json<any>()).current.receivedVia).toBe("webhook");
    for (const key of ["key-b", "key-default"]) {
      const other = await callApp(`/v1/validations/${encounterId}`, keyOf(key), tenants);
      expect(other.status, key).toBe(404);
      expect(await other.json()).toMatchObject({ code: "not-found" });
    }
  });

  it("keeps two tenants' results for one encounterId apart", async () => {
    const encounterId = newEncounterId();
    const post = (key: string, minutes: number) =>
      callApp(
        "/v1/encounters/validate",
        {
          method: "POST",
          headers: { ...keyOf(key).headers, "content-type": "application/json" },
          body: JSON.stringify(encounterWith([timed("97110", minutes)], { encounterId })),
        },
        tenants,
      );
    await post("key-a", 30);
    await post("key-b", 45);
    const forA = await (await callApp(`/v1/validations/${encounterId}`, keyOf("key-a"), tenants)).json<any>();
    const forB = await (await callApp(`/v1/validations/${encounterId}`, keyOf("key-b"), tenants)).json<any>();
    expect([forA.current.result.billing.totalTimedMinutes, forA.history.length]).toEqual([30, 0]);
    expect([forB.current.result.billing.totalTimedMinutes, forB.history.length]).toEqual([45, 0]);
  });
});
