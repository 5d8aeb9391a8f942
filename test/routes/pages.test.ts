import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

describe.each([
  { path: "/playground", title: "Playground · ClaimLint", script: "/assets/playground.js" },
  { path: "/explorer", title: "Rule explorer · ClaimLint", script: "/assets/explorer.js" },
])("GET $path", ({ path, title, script }) => {
  it("answers its HTML page with its script from /assets/", async () => {
    const response = await callWorker(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<script src="${script}" defer></script>`);
  });

  it("runs no inline script or style and loads nothing from another site", async () => {
    const response = await callWorker(path);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain("unsafe");
    expect(await response.text()).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("labels every input and select it shows", async () => {
    const html = await (await callWorker(path)).text();
    const controls = [...html.matchAll(/<(?:input|select|textarea)[^>]*\bid="([^"]+)"/g)].map((match) => match[1]);
    expect(controls.length).toBeGreaterThan(0);
    for (const id of controls) expect(html, id).toContain(`<label for="${id}"`);
  });

  it("answers 405 with an Allow header for POST", async () => {
    const response = await callWorker(path, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
