import { describe, expect, it } from "vitest";
import { callWorker, postJson } from "../helpers/call-worker.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

describe("POST /v1/encounters/validate", () => {
  it("answers the contract's example with three units, 97110 ×2 and 97140 ×1", async () => {
    const response = await postJson(
      "/v1/encounters/validate",
      encounterWith([timed("97110", 33), timed("97140", 7, { units: 1 })]),
    );
    expect(response.status).toBe(200);
    const result = await response.json<any>();
    expect(result.encounterId).toBe("enc-test");
    expect(result.ruleset.version).toMatch(/^\d{4}\.\d\.\d+$/);
    expect(result.ruleset.hash).toMatch(/^sha256-/);
    expect(result.billing).toMatchObject({ unitMethod: "cms", totalTimedMinutes: 40, totalTimedUnits: 3 });
    expect(result.billing.lines).toEqual([
      { service: 0, services: [0], code: "97110", units: 2, modifiers: ["GP"] },
      { service: 1, services: [1], code: "97140", units: 1, modifiers: ["GP"] },
    ]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: "units.cms.allocation", severity: "info", services: [1], codes: ["97140"] }),
    );
  });

  it("answers 400 problem+json for a body that is not JSON", async () => {
    const response = await callWorker("/v1/encounters/validate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 400,
      code: "malformed-json",
      type: "/problems/malformed-json",
    });
  });

  it("answers 415 for a body sent as text/plain", async () => {
    const response = await callWorker("/v1/encounters/validate", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: "unsupported-media-type" });
  });

  it("answers 413 for a body over the limit", async () => {
    const response = await postJson("/v1/encounters/validate", { padding: "x".repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "payload-too-large" });
  });

  it("answers 422 listing every schema violation with its JSON pointer", async () => {
    const encounter = encounterWith([{ code: "97110", minutes: -1 }], { dateOfService: "2026-02-30" });
    const response = await postJson("/v1/encounters/validate", { ...encounter, extra: true });
    expect(response.status).toBe(422);
    const problem = await response.json<any>();
    expect(problem.code).toBe("schema-violation");
    const pointers = problem.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/dateOfService", "/services/0/minutes", "/extra"]));
  });

  it("answers 404 for an unknown pinned ruleset", async () => {
    const response = await postJson("/v1/encounters/validate?ruleset=1999.1.0", encounterWith([timed("97110", 30)]));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not-found" });
  });

  it("answers 405 with an Allow header for GET", async () => {
    const response = await callWorker("/v1/encounters/validate");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("answers DELETE on the validate path with 405, never as voiding an encounter named validate", async () => {
    const response = await callWorker("/v1/encounters/validate", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("unknown routes", () => {
  it("answers 404 problem+json", async () => {
    const response = await callWorker("/nowhere");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
