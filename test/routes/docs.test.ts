import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /docs", () => {
  it("answers an HTML page titled as the API reference", async () => {
    const response = await callWorker("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<title>ClaimLint API reference</title>");
  });

  it("loads Scalar's renderer and its settings from this server's /assets/, nothing from another site", async () => {
    const html = await (await callWorker("/docs")).text();
    expect(html).toContain('<script src="/assets/vendor/scalar-api-reference.js" defer></script>');
    expect(html).toContain('<script src="/assets/reference.js" defer></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script>/);
  });

  it("allows same-origin scripts only, and inline styles only because the renderer injects them", async () => {
    const policy = (await callWorker("/docs")).headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("tells a reader without JavaScript where the description is", async () => {
    const html = await (await callWorker("/docs")).text();
    expect(html).toMatch(/<noscript>.*href="\/openapi\.json".*<\/noscript>/s);
  });

  it("answers 405 with an Allow header for POST", async () => {
    const response = await callWorker("/docs", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
