import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /v1/codes/{code}", () => {
  it("answers a code's catalog entry with the release it comes from", async () => {
    const response = await callWorker("/v1/codes/97110?date=2026-11-02");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: "97110", unitBasis: "timed", ruleset: { version: expect.any(String) } });
  });

  it("answers 404 problem for a code outside the catalog", async () => {
    const response = await callWorker("/v1/codes/99999");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not-found" });
  });

  it("answers 400 problem for a malformed date", async () => {
    const response = await callWorker("/v1/codes/97110?date=yesterday");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid-request" });
  });
});

describe("GET /v1/codes/{code} with a date that does not exist", () => {
  it("answers 400 problem for 2026-02-30 instead of a catalog entry", async () => {
    const response = await callWorker("/v1/codes/97110?date=2026-02-30");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid-request" });
  });
});
