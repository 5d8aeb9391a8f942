import { describe, expect, it } from "vitest";
import { callWorker, postJson } from "../helpers/call-worker.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

describe("headers on answers that hold health data", () => {
  it("forbids caching and content sniffing of a validation result", async () => {
    const response = await postJson("/v1/encounters/validate", encounterWith([timed("97110", 30)]));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("forbids caching and content sniffing of a problem, which may name what was sent", async () => {
    const response = await postJson("/v1/encounters/validate", { encounterId: "x" });
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lets the public reference pages keep their own caching, still without sniffing", async () => {
    const response = await callWorker("/openapi.json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
