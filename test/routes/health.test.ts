import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /healthz", () => {
  it("answers ok", async () => {
    const response = await callWorker("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
