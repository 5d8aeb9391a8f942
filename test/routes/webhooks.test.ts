import { describe, expect, it } from "vitest";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import {
  completedEvent,
  currentSecret,
  previousSecret,
  signedDelivery,
  signedHeaders,
  strangerSecret,
  uniqueWebhookId,
} from "../helpers/signed-deliveries.ts";
import { deliveryRows, validationRows } from "../helpers/stored-rows.ts";

const path = "/v1/webhooks/encounters";
const configured = { webhookSecret: currentSecret };

function visit() {
  return encounterWith([timed("97110", 33), timed("97140", 7, { units: 1 })], {
    encounterId: `enc-${crypto.randomUUID()}`,
  });
}

describe("POST /v1/webhooks/encounters with a good signature", () => {
  it("answers the validation result and stores it with its delivery", async () => {
    const encounter = visit();
    const webhookId = uniqueWebhookId();
    const response = await callApp(path, signedDelivery(completedEvent(encounter), { webhookId }), configured);
    expect(response.status).toBe(200);
    const result = await response.json<any>();
    expect(result).toMatchObject({ encounterId: encounter.encounterId, billing: { totalTimedUnits: 3 } });
    expect(response.headers.get("idempotent-replayed")).toBeNull();
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "processed", event_type: "encounter.completed", delivery_count: 1 }),
    ]);
    const stored = await validationRows(encounter.encounterId);
    expect(stored).toEqual([
      expect.objectContaining({
        received_via: "webhook",
        webhook_id: webhookId,
        status: result.status,
        ruleset_version: result.ruleset.version,
        ruleset_hash: result.ruleset.hash,
      }),
    ]);
    expect(JSON.parse(stored[0]!.result)).toEqual(result);
  });

  it("accepts a header carrying several signatures when one of them matches", async () => {
    const body = JSON.stringify(completedEvent(visit()));
    const headers = signedHeaders(body);
    headers["webhook-signature"] = `v1,${btoa("x".repeat(32))} v1a,ignored ${headers["webhook-signature"]}`;
    const response = await callApp(path, { method: "POST", headers, body }, configured);
    expect(response.status).toBe(200);
  });
});

describe("POST /v1/webhooks/encounters during a secret rotation", () => {
  const rotating = { webhookSecret: `${currentSecret} ${previousSecret}` };

  it("accepts deliveries signed with the new secret", async () => {
    const response = await callApp(path, signedDelivery(completedEvent(visit()), { secret: currentSecret }), rotating);
    expect(response.status).toBe(200);
  });

  it("accepts deliveries signed with the old secret while both are configured", async () => {
    const response = await callApp(path, signedDelivery(completedEvent(visit()), { secret: previousSecret }), rotating);
    expect(response.status).toBe(200);
  });

  it("refuses the old secret once it is no longer configured", async () => {
    const response = await callApp(
      path,
      signedDelivery(completedEvent(visit()), { secret: previousSecret }),
      configured,
    );
    expect(response.status).toBe(401);
  });
});

describe("POST /v1/webhooks/encounters refuses what it cannot authenticate, and stores nothing", () => {
  it("answers 401 for a body changed after signing", async () => {
    const webhookId = uniqueWebhookId();
    const signed = signedDelivery(completedEvent(visit()), { webhookId });
    const tampered = (signed.body as string).replace('"minutes":33', '"minutes":53');
    expect(tampered).not.toBe(signed.body);
    const response = await callApp(path, { ...signed, body: tampered }, configured);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "invalid-signature", status: 401 });
    expect(await deliveryRows(webhookId)).toEqual([]);
  });

  it("answers 401 for a delivery signed with a secret ClaimLint does not have", async () => {
    const webhookId = uniqueWebhookId();
    const response = await callApp(
      path,
      signedDelivery(completedEvent(visit()), { webhookId, secret: strangerSecret }),
      configured,
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "invalid-signature" });
    expect(await deliveryRows(webhookId)).toEqual([]);
  });

  it("answers 401 for a delivery signed 20 minutes ago, even with the right secret", async () => {
    const webhookId = uniqueWebhookId();
    const signedAt = new Date(Date.now() - 20 * 60 * 1000);
    const response = await callApp(path, signedDelivery(completedEvent(visit()), { webhookId, signedAt }), configured);
    expect(response.status).toBe(401);
    const problem = await response.json<any>();
    expect(problem.code).toBe("invalid-signature");
    expect(problem.detail).toMatch(/seconds old/);
    expect(await deliveryRows(webhookId)).toEqual([]);
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])(
    "answers 401 naming the missing %s header",
    async (header) => {
      const signed = signedDelivery(completedEvent(visit()));
      const headers = { ...(signed.headers as Record<string, string>) };
      delete headers[header];
      const response = await callApp(path, { ...signed, headers }, configured);
      expect(response.status).toBe(401);
      const problem = await response.json<any>();
      expect(problem.code).toBe("invalid-signature");
      expect(problem.detail).toContain(header);
    },
  );

  it("answers 503 saying how to configure WEBHOOK_SECRET when none is set", async () => {
    const response = await callApp(path, signedDelivery(completedEvent(visit())), {});
    expect(response.status).toBe(503);
    expect((await response.json<any>()).detail).toContain("WEBHOOK_SECRET");
  });

  it("answers 405 with an Allow header for GET", async () => {
    const response = await callApp(path, {}, configured);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("POST /v1/webhooks/encounters with a body that starts with a byte-order mark", () => {
  it("verifies the signature over the bytes received, so what the reference library signed passes", async () => {
    const encounter = visit();
    const body = `\uFEFF${JSON.stringify(completedEvent(encounter))}`;
    const response = await callApp(path, { method: "POST", headers: signedHeaders(body), body }, configured);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ encounterId: encounter.encounterId });
  });

  it("still refuses the same body once the mark is dropped after signing", async () => {
    const body = `\uFEFF${JSON.stringify(completedEvent(visit()))}`;
    const response = await callApp(
      path,
      { method: "POST", headers: signedHeaders(body), body: body.slice(1) },
      configured,
    );
    expect(response.status).toBe(401);
  });
});
