import { describe, expect, it } from "vitest";
import type { ProblemError } from "../../worker/errors/problem-error.ts";
import { parseWebhookSecrets } from "../../worker/webhooks/webhook-secrets.ts";

describe("parseWebhookSecrets", () => {
  it("decodes a whsec_ secret to its key bytes", () => {
    expect(parseWebhookSecrets(`whsec_${btoa("key-bytes")}`)).toEqual([
      { tenant: "default", key: new TextEncoder().encode("key-bytes") },
    ]);
  });

  it("takes several space-separated secrets, so one can be rotated", () => {
    expect(parseWebhookSecrets(` whsec_${btoa("new")}   whsec_${btoa("old")} `)).toHaveLength(2);
  });

  it("accepts a bare base64 secret without the prefix, as the reference library does", () => {
    expect(parseWebhookSecrets(btoa("key-bytes"))).toEqual([
      { tenant: "default", key: new TextEncoder().encode("key-bytes") },
    ]);
  });

  it("reads tenant:whsec_ entries as that tenant's secret", () => {
    expect(parseWebhookSecrets(`clinic-a:whsec_${btoa("a")} whsec_${btoa("d")}`)).toEqual([
      { tenant: "clinic-a", key: new TextEncoder().encode("a") },
      { tenant: "default", key: new TextEncoder().encode("d") },
    ]);
  });

  it.each([undefined, "", "   "])("answers 503 saying how to configure it when WEBHOOK_SECRET is %j", (value) => {
    expect(() => parseWebhookSecrets(value)).toThrow(
      expect.objectContaining({ code: "service-unavailable", detail: expect.stringContaining("WEBHOOK_SECRET") }),
    );
  });

  it("answers 503 naming the entry that is not base64, without quoting it", () => {
    let error: ProblemError | undefined;
    try {
      parseWebhookSecrets(`whsec_${btoa("fine")} whsec_not*base64`);
    } catch (thrown) {
      error = thrown as ProblemError;
    }
    expect(error?.code).toBe("service-unavailable");
    expect(error?.detail).toContain("entry 2");
    expect(error?.detail).not.toContain("not*base64");
  });
});
