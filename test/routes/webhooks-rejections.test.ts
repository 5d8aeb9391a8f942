import { describe, expect, it } from "vitest";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith } from "../helpers/encounters.ts";
import {
  completedEvent,
  currentSecret,
  signedDelivery,
  signedHeaders,
  uniqueWebhookId,
} from "../helpers/signed-deliveries.ts";
import { deliveryRows, validationRows } from "../helpers/stored-rows.ts";

const path = "/v1/webhooks/encounters";
const configured = { webhookSecret: currentSecret };

describe("a signed delivery with an invalid encounter", () => {
  const encounterId = () => `enc-${crypto.randomUUID()}`;

  it("answers 422 listing the schema errors under /data, and records the delivery as rejected", async () => {
    const webhookId = uniqueWebhookId();
    const encounter = encounterWith([{ code: "97110", minutes: -1 }], {
      encounterId: encounterId(),
      diagnoses: ["NOT A CODE"],
    });
    const response = await callApp(path, signedDelivery(completedEvent(encounter), { webhookId }), configured);

    expect(response.status).toBe(422);
    const problem = await response.json<any>();
    expect(problem.code).toBe("schema-violation");
    const pointers = problem.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/data/services/0/minutes", "/data/diagnoses/0"]));

    const [delivery] = await deliveryRows(webhookId);
    expect(delivery).toMatchObject({
      status: "rejected",
      event_type: "encounter.completed",
      problem_code: "schema-violation",
    });
    expect(JSON.parse(delivery!.problem_errors!)).toEqual(problem.errors);
    // The rejected body itself is not kept: neither its values nor its encounter.
    expect(JSON.stringify(delivery)).not.toContain("NOT A CODE");
    expect(await validationRows(encounter.encounterId)).toEqual([]);
  });

  it("answers a redelivery of a rejected delivery with the same errors, without evaluating it again", async () => {
    const webhookId = uniqueWebhookId();
    const delivery = signedDelivery(completedEvent(encounterWith([], { encounterId: encounterId() })), { webhookId });
    const first = await callApp(path, delivery, configured);
    const again = await callApp(path, delivery, configured);

    expect(again.status).toBe(first.status);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const [firstProblem, againProblem] = [await first.json<any>(), await again.json<any>()];
    expect(againProblem.errors).toEqual(firstProblem.errors);
    expect(againProblem.errorCount).toBeGreaterThan(0);
    expect(againProblem.errorCount).toBe(firstProblem.errorCount);
    expect(await deliveryRows(webhookId)).toEqual([expect.objectContaining({ status: "rejected", delivery_count: 2 })]);
  });

  it("answers 422 for an envelope without data, and records it as rejected", async () => {
    const webhookId = uniqueWebhookId();
    const response = await callApp(path, signedDelivery({ type: "encounter.completed" }, { webhookId }), configured);
    expect(response.status).toBe(422);
    const problem = await response.json<any>();
    expect(problem).toMatchObject({ code: "invalid-webhook-event" });
    expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: "/data", keyword: "required" }));
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "rejected", problem_code: "invalid-webhook-event" }),
    ]);
  });

  it("answers 400 for a signed body that is not JSON, and records it as rejected", async () => {
    const webhookId = uniqueWebhookId();
    const body = "{not json";
    const response = await callApp(
      path,
      { method: "POST", headers: signedHeaders(body, { webhookId }), body },
      configured,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "malformed-json" });
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "rejected", event_type: null, problem_code: "malformed-json" }),
    ]);
  });
});

describe("a signed delivery of an event type ClaimLint does not evaluate", () => {
  it("is acknowledged with 202 and recorded as ignored", async () => {
    const webhookId = uniqueWebhookId();
    const response = await callApp(
      path,
      signedDelivery({ type: "encounter.cancelled", data: { encounterId: "enc-1" } }, { webhookId }),
      configured,
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      webhookId,
      type: "encounter.cancelled",
      outcome: "ignored",
      detail: expect.stringContaining("encounter.completed"),
    });
    expect(await deliveryRows(webhookId)).toEqual([
      expect.objectContaining({ status: "ignored", event_type: "encounter.cancelled" }),
    ]);
  });

  it("answers its redelivery with the same acknowledgement", async () => {
    const webhookId = uniqueWebhookId();
    const delivery = signedDelivery({ type: "visit.rescheduled", data: {} }, { webhookId });
    await callApp(path, delivery, configured);
    const again = await callApp(path, delivery, configured);
    expect(again.status).toBe(202);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toMatchObject({ webhookId, type: "visit.rescheduled", outcome: "ignored" });
  });
});
