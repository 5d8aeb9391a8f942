import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /v1/rulesets", () => {
  it("lists every shipped release with its hash and effective date", async () => {
    const response = await callWorker("/v1/rulesets");
    expect(response.status).toBe(200);
    const { rulesets } = await response.json<{
      rulesets: { version: string; hash: string; effectiveFrom: string }[];
    }>();
    expect(rulesets.length).toBeGreaterThan(0);
    for (const ruleset of rulesets) {
      expect(ruleset.version).toMatch(/^\d{4}\.[1-4]\.\d+$/);
      expect(ruleset.hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
      expect(ruleset.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("answers 405 for POST", async () => {
    expect((await callWorker("/v1/rulesets", { method: "POST" })).status).toBe(405);
  });
});
