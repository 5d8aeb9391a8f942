import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /v1/codes/{code}", () => {
  it("answers a code's catalog entry with the release it comes from", async () => {
    const response = await callWorker("/v1/codes/97110?date=2026-11-02");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      code: "97110",
      unitBasis: "timed",
      ruleset: { version: expect.any(String) },
    });
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

describe("GET /v1/codes", () => {
  it("finds codes by their beginning", async () => {
    const answer = await (await callWorker("/v1/codes?search=9714&date=2026-11-02")).json<{
      codes: Array<{ code: string }>;
    }>();
    expect(answer.codes.map((entry) => entry.code)).toContain("97140");
    for (const entry of answer.codes) expect(entry.code.startsWith("9714")).toBe(true);
  });

  it("finds codes by the words of their description, whatever the case", async () => {
    const answer = await (await callWorker("/v1/codes?search=MANUAL%20therapy&date=2026-11-02")).json<{
      codes: Array<{ code: string }>;
    }>();
    expect(answer.codes.map((entry) => entry.code)).toEqual(["97140"]);
  });

  it("lists the whole catalog in code order when the search is empty", async () => {
    const answer = await (await callWorker("/v1/codes?ruleset=2026.4.0")).json<{ codes: Array<{ code: string }> }>();
    const codes = answer.codes.map((entry) => entry.code);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes).toEqual([...codes].sort());
  });

  it("answers an empty list when nothing matches", async () => {
    const answer = await (await callWorker("/v1/codes?search=zzzz")).json<{ codes: unknown[] }>();
    expect(answer.codes).toEqual([]);
  });

  it("answers 400 problem for a search over 100 characters", async () => {
    const response = await callWorker(`/v1/codes?search=${"a".repeat(101)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid-request" });
  });
});
