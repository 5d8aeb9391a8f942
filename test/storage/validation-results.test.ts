import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import {
  findValidationByWebhookId,
  listValidations,
  recordValidation,
} from "../../worker/storage/validation-results.ts";
import { claimDelivery } from "../../worker/storage/webhook-deliveries.ts";

function resultFor(encounterId: string, status: ValidationResult["status"] = "pass"): ValidationResult {
  return {
    encounterId,
    status,
    ruleset: { version: "2026.4.0", hash: "sha256-test" },
    findings: [],
    billing: { unitMethod: "cms", totalTimedMinutes: 30, totalTimedUnits: 2, lines: [] },
  };
}

const newEncounterId = () => `enc-${crypto.randomUUID()}`;

describe("validation results", () => {
  it("lists an encounter's results newest first, each with how and when it arrived", async () => {
    const encounterId = newEncounterId();
    await recordValidation(env.DB, "default", {
      result: resultFor(encounterId, "fail"),
      receivedVia: "api",
      validatedAt: "2026-11-02T10:00:00.000Z",
    });
    await recordValidation(env.DB, "default", {
      result: resultFor(encounterId, "pass"),
      receivedVia: "api",
      validatedAt: "2026-11-02T11:00:00.000Z",
    });

    const stored = await listValidations(env.DB, "default", encounterId, 10);

    expect(stored.map((entry) => entry.result.status)).toEqual(["pass", "fail"]);
    expect(stored[0]).toEqual({
      result: resultFor(encounterId, "pass"),
      receivedVia: "api",
      validatedAt: "2026-11-02T11:00:00.000Z",
    });
  });

  it("lists no more than the limit", async () => {
    const encounterId = newEncounterId();
    for (let index = 0; index < 3; index++) {
      await recordValidation(env.DB, "default", {
        result: resultFor(encounterId),
        receivedVia: "api",
        validatedAt: new Date().toISOString(),
      });
    }
    expect(await listValidations(env.DB, "default", encounterId, 2)).toHaveLength(2);
  });

  it("lists nothing for an encounter never validated", async () => {
    expect(await listValidations(env.DB, "default", newEncounterId(), 10)).toEqual([]);
  });

  it("finds a webhook result by its delivery's webhook-id", async () => {
    const encounterId = newEncounterId();
    const webhookId = `msg_${crypto.randomUUID()}`;
    await claimDelivery(env.DB, { tenant: "default", webhookId }, new Date().toISOString());
    await recordValidation(env.DB, "default", {
      result: resultFor(encounterId),
      receivedVia: "webhook",
      webhookId,
      validatedAt: "2026-11-02T10:00:00.000Z",
    });
    expect(await findValidationByWebhookId(env.DB, "default", webhookId)).toMatchObject({
      receivedVia: "webhook",
      webhookId,
      result: { encounterId },
    });
  });

  it("refuses a second result for one webhook delivery", async () => {
    const webhookId = `msg_${crypto.randomUUID()}`;
    await claimDelivery(env.DB, { tenant: "default", webhookId }, new Date().toISOString());
    const stored = {
      result: resultFor(newEncounterId()),
      receivedVia: "webhook" as const,
      webhookId,
      validatedAt: new Date().toISOString(),
    };
    await recordValidation(env.DB, "default", stored);
    await expect(recordValidation(env.DB, "default", stored)).rejects.toThrow(/UNIQUE/);
  });

  it("refuses a webhook result whose delivery was never recorded", async () => {
    const stored = {
      result: resultFor(newEncounterId()),
      receivedVia: "webhook" as const,
      webhookId: "msg_unknown",
      validatedAt: new Date().toISOString(),
    };
    await expect(recordValidation(env.DB, "default", stored)).rejects.toThrow(/FOREIGN KEY/);
  });

  it("lists only the asking tenant's results for an encounterId", async () => {
    const encounterId = newEncounterId();
    await recordValidation(env.DB, "clinic-a", {
      result: resultFor(encounterId, "fail"),
      receivedVia: "api",
      validatedAt: "2026-11-02T10:00:00.000Z",
    });
    await recordValidation(env.DB, "clinic-b", {
      result: resultFor(encounterId, "pass"),
      receivedVia: "api",
      validatedAt: "2026-11-02T11:00:00.000Z",
    });
    expect((await listValidations(env.DB, "clinic-a", encounterId, 10)).map((entry) => entry.result.status)).toEqual([
      "fail",
    ]);
    expect(await listValidations(env.DB, "default", encounterId, 10)).toEqual([]);
  });
});
