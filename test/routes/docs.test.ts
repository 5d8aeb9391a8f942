import { describe, expect, it } from "vitest";
import { problemTypes } from "../../worker/errors/problem-types.ts";
import { docsScript } from "../../worker/openapi/docs-script.ts";
import { pageStyles } from "../../worker/openapi/page-styles.ts";
import { callWorker } from "../helpers/call-worker.ts";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe("GET /docs", () => {
  it("answers an HTML page titled as the API reference", async () => {
    const response = await callWorker("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<title>ClaimLint API reference</title>");
  });

  it("loads nothing from another site: no external script, stylesheet, font or image", async () => {
    const html = await (await callWorker("/docs")).text();
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it("allows exactly its own inline script and stylesheet by hash in its content security policy", async () => {
    const response = await callWorker("/docs");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src '${await sha256(docsScript)}'`);
    expect(policy).toContain(`style-src '${await sha256(pageStyles)}'`);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html).toContain(`<script>${docsScript}</script>`);
    expect(html).toContain(`<style>${pageStyles}</style>`);
  });

  it("ships a script that parses and reads the operations from /openapi.json", () => {
    expect(() => new Function(docsScript)).not.toThrow();
    expect(docsScript).toContain('fetch("/openapi.json"');
  });

  it("lists every problem code, linked to its page", async () => {
    const html = await (await callWorker("/docs")).text();
    for (const code of Object.keys(problemTypes)) expect(html).toContain(`<a href="/problems/${code}"><code>${code}</code></a>`);
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
