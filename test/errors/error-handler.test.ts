import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleError, handleNotFound } from "../../worker/errors/error-handler.ts";
import { ProblemError } from "../../worker/errors/problem-error.ts";

function appThrowing(error: Error) {
  const app = new Hono();
  app.post("/boom", async (context) => {
    await context.req.text();
    throw error;
  });
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

const secretBody = JSON.stringify({ patient: "Jane Doe", diagnoses: ["F32.9"] });

afterEach(() => vi.restoreAllMocks());

describe("handleError", () => {
  it("maps a ProblemError to its status, code and headers", async () => {
    const response = await appThrowing(
      new ProblemError("method-not-allowed", "use POST", { headers: { allow: "POST" } }),
    ).request("/boom", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toEqual({
      type: "/problems/method-not-allowed",
      title: "Method not allowed",
      status: 405,
      detail: "use POST",
      instance: "/boom",
      code: "method-not-allowed",
    });
  });

  it("answers an unexpected fault as a 500 problem and never logs the body", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await appThrowing(new TypeError(`cannot read ${secretBody}`)).request("/boom", {
      method: "POST",
      body: secretBody,
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "internal-error" });
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).toContain("TypeError");
    expect(logged).not.toContain("Jane Doe");
  });

  it("keeps the status of Hono's own client errors", async () => {
    const response = await appThrowing(new HTTPException(413, { message: "too big" })).request("/boom", {
      method: "POST",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "payload-too-large" });
  });
});

describe("handleNotFound", () => {
  it("answers a 404 problem naming the method and path", async () => {
    const response = await appThrowing(new Error("unused")).request("/missing");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not-found", detail: "No route matches GET /missing." });
  });
});
