import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { releaseCache, shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { completedEvent, currentSecret, signedDelivery, uniqueWebhookId } from "../helpers/signed-deliveries.ts";
import { deliveryRows, validationRows } from "../helpers/stored-rows.ts";

const path = "/v1/webhooks/encounters";
const configured = { webhookSecret: currentSecret };

/** Counts evaluations: every request is answered by the bundled registry, whose `select` the test watches. */
function countEvaluations() {
  vi.spyOn(releaseCache, "registry").mockResolvedValue(shippedRulesets);
  return vi.spyOn(shippedRulesets, "select");
}

function visit() {
  return encounterWith([timed("97110", 38)], { encounterId: `enc-${crypto.randomUUID()}` });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("webhook-id as the idempotency key", () => {
  it("answers a redelivery with the stored result, without evaluating it again", async () => {
    const encounter = visit();
    const webhookId = uniqueWebhookId();
    const delivery = signedDelivery(completedEvent(encounter), { webhookId });
    const evaluations = countEvaluations();

    const first = await callApp(path, delivery, configured);
    const redelivery = await callApp(path, delivery, configured);

    expect(first.status).toBe(200);
    expect(redelivery.status).toBe(200);
    expect(redelivery.headers.get("idempotent-replayed")).toBe("true");
    expect(await redelivery.json()).toEqual(await first.json());
    expect(evaluations).toHaveBeenCalledTimes(1);
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "processed", delivery_count: 2 }),
    ]);
    expect(await validationRows(encounter.encounterId)).toHaveLength(1);
  });

  it("processes two concurrent deliveries of one id once", async () => {
    const encounter = visit();
    const webhookId = uniqueWebhookId();
    const delivery = signedDelivery(completedEvent(encounter), { webhookId });
    const evaluations = countEvaluations();

    const responses = await Promise.all([callApp(path, delivery, configured), callApp(path, delivery, configured)]);

    // One request evaluates; the other either finds the stored answer or is told to retry.
    const fresh = responses.filter(
      (response) => response.status === 200 && !response.headers.has("idempotent-replayed"),
    );
    const others = responses.filter((response) => !fresh.includes(response));
    expect(fresh).toHaveLength(1);
    expect(others).toHaveLength(1);
    expect([200, 409]).toContain(others[0]!.status);
    if (others[0]!.status === 409) expect(others[0]!.headers.get("retry-after")).toBe("5");
    expect(evaluations).toHaveBeenCalledTimes(1);
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "processed", delivery_count: 2 }),
    ]);
    expect(await validationRows(encounter.encounterId)).toHaveLength(1);
  });

  it("keeps two deliveries with different ids of one encounter as two results", async () => {
    const encounter = visit();
    await callApp(path, signedDelivery(completedEvent(encounter)), configured);
    await callApp(path, signedDelivery(completedEvent(encounter)), configured);
    expect(await validationRows(encounter.encounterId)).toHaveLength(2);
  });

  it("answers 500 when the result cannot be stored, and processes the sender's retry", async () => {
    const encounter = visit();
    const webhookId = uniqueWebhookId();
    const delivery = signedDelivery(completedEvent(encounter), { webhookId });
    const failingBatch = new Proxy(env.DB, {
      get(target, property) {
        if (property === "batch") return () => Promise.reject(new Error("D1 is unavailable"));
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    vi.spyOn(console, "error").mockImplementation(() => undefined);

    const failed = await callApp(path, delivery, { ...configured, db: failingBatch });
    const retried = await callApp(path, delivery, configured);

    expect(failed.status).toBe(500);
    expect(retried.status).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    expect(await validationRows(encounter.encounterId)).toHaveLength(1);
  });
});
