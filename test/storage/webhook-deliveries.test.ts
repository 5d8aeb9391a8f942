import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  claimDelivery,
  markIgnored,
  markRejected,
  noteRedelivery,
  releaseClaim,
  takeOverStaleClaim,
} from "../../worker/storage/webhook-deliveries.ts";

/** A delivery's key: the default tenant's, with a fresh webhook-id. */
const newWebhookId = () => ({ tenant: "default", webhookId: `msg_${crypto.randomUUID()}` });

describe("webhook deliveries", () => {
  it("lets only the first of two claims on one webhook-id win", async () => {
    const webhookId = newWebhookId();
    const now = new Date().toISOString();
    const claims = await Promise.all([claimDelivery(env.DB, webhookId, now), claimDelivery(env.DB, webhookId, now)]);
    expect(claims.sort()).toEqual([false, true]);
  });

  it("counts a redelivery and answers the row as it stands", async () => {
    const webhookId = newWebhookId();
    await claimDelivery(env.DB, webhookId, "2026-11-02T10:00:00.000Z");
    await markIgnored(env.DB, webhookId, "visit.rescheduled", "2026-11-02T10:00:01.000Z");
    expect(await noteRedelivery(env.DB, webhookId, "2026-11-02T10:05:00.000Z")).toEqual({
      webhookId: webhookId.webhookId,
      status: "ignored",
      eventType: "visit.rescheduled",
      receivedAt: "2026-11-02T10:00:00.000Z",
      claimedAt: "2026-11-02T10:00:00.000Z",
      deliveryCount: 2,
    });
  });

  it("keeps a rejection's problem code and errors", async () => {
    const webhookId = newWebhookId();
    await claimDelivery(env.DB, webhookId, new Date().toISOString());
    const errors = [{ pointer: "/data/services", message: "must NOT have fewer than 1 items", keyword: "minItems" }];
    await markRejected(
      env.DB,
      webhookId,
      { eventType: "encounter.completed", code: "schema-violation", errors },
      new Date().toISOString(),
    );
    expect(await noteRedelivery(env.DB, webhookId, new Date().toISOString())).toMatchObject({
      status: "rejected",
      problemCode: "schema-violation",
      problemErrors: errors,
    });
  });

  it("takes over a claim older than the stale limit, and only that", async () => {
    const fresh = newWebhookId();
    const stale = newWebhookId();
    await claimDelivery(env.DB, fresh, "2026-11-02T10:04:00.000Z");
    await claimDelivery(env.DB, stale, "2026-11-02T10:00:00.000Z");
    const now = "2026-11-02T10:05:00.000Z";
    const staleBefore = "2026-11-02T10:03:00.000Z";
    expect(await takeOverStaleClaim(env.DB, fresh, now, staleBefore)).toBe(false);
    expect(await takeOverStaleClaim(env.DB, stale, now, staleBefore)).toBe(true);
    // The takeover renewed the claim, so a second taker loses.
    expect(await takeOverStaleClaim(env.DB, stale, now, staleBefore)).toBe(false);
  });

  it("never takes over a completed delivery, however old", async () => {
    const webhookId = newWebhookId();
    await claimDelivery(env.DB, webhookId, "2026-11-02T10:00:00.000Z");
    await markIgnored(env.DB, webhookId, "visit.rescheduled", "2026-11-02T10:00:01.000Z");
    expect(await takeOverStaleClaim(env.DB, webhookId, "2026-11-03T00:00:00.000Z", "2026-11-02T23:00:00.000Z")).toBe(
      false,
    );
  });

  it("releases a claim so the id can be claimed again, but never a completed delivery", async () => {
    const claimed = newWebhookId();
    const completed = newWebhookId();
    const now = new Date().toISOString();
    await claimDelivery(env.DB, claimed, now);
    await claimDelivery(env.DB, completed, now);
    await markIgnored(env.DB, completed, "visit.rescheduled", now);

    await releaseClaim(env.DB, claimed);
    await releaseClaim(env.DB, completed);

    expect(await claimDelivery(env.DB, claimed, now)).toBe(true);
    expect(await claimDelivery(env.DB, completed, now)).toBe(false);
  });

  it("keeps two tenants' deliveries of one webhook-id apart", async () => {
    const { webhookId } = newWebhookId();
    const now = new Date().toISOString();
    expect(await claimDelivery(env.DB, { tenant: "clinic-a", webhookId }, now)).toBe(true);
    expect(await claimDelivery(env.DB, { tenant: "clinic-b", webhookId }, now)).toBe(true);
    expect(await claimDelivery(env.DB, { tenant: "clinic-a", webhookId }, now)).toBe(false);
  });
});
