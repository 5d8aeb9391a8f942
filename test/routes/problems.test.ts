import { describe, expect, it } from "vitest";
import { problemTypes } from "../../worker/errors/problem-types.ts";
import { callWorker } from "../helpers/call-worker.ts";

describe("GET /problems/{code}", () => {
  it("explains every problem code on an HTML page with its title, status and explanation", async () => {
    for (const [code, { status, title }] of Object.entries(problemTypes)) {
      const response = await callWorker(`/problems/${code}`, { headers: { accept: "text/html" } });
      expect(response.status, code).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html).toContain(`<h1>${title.replace(/'/g, "&#39;")}</h1>`);
      expect(html).toContain(`>${status}</span>`);
    }
  });

  it("shows the explanation's backticked words as code, escaped", async () => {
    const html = await (await callWorker("/problems/unauthorized")).text();
    expect(html).toContain("<code>Authorization: Bearer &#60;key&#62;</code>");
  });

  it("answers HTML to a browser's Accept and to */*", async () => {
    for (const accept of ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*"]) {
      const response = await callWorker("/problems/schema-violation", { headers: { accept } });
      expect(response.headers.get("content-type"), accept).toMatch(/^text\/html/);
    }
  });

  it("answers JSON when the client asks for application/json", async () => {
    const response = await callWorker("/problems/schema-violation", { headers: { accept: "application/json" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("vary")).toMatch(/accept/i);
    expect(await response.json()).toEqual({
      type: "/problems/schema-violation",
      code: "schema-violation",
      status: 422,
      title: problemTypes["schema-violation"].title,
      explanation: problemTypes["schema-violation"].explanation,
    });
  });

  it("is where the type of a real problem answer points", async () => {
    const problem = await (
      await callWorker("/v1/encounters/validate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      })
    ).json<{ type: string }>();
    const page = await callWorker(problem.type);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(problemTypes["malformed-json"].title);
  });

  it("answers 404 problem+json for a code that does not exist", async () => {
    const response = await callWorker("/problems/no-such-problem");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "not-found", type: "/problems/not-found" });
  });

  it("answers 404 for names inherited by every object, such as constructor", async () => {
    expect((await callWorker("/problems/constructor")).status).toBe(404);
  });

  it("answers 405 with an Allow header for DELETE", async () => {
    const response = await callWorker("/problems/not-found", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});

describe("GET /problems", () => {
  it("lists every problem code on one HTML page, each linked to its own", async () => {
    const response = await callWorker("/problems");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    for (const code of Object.keys(problemTypes))
      expect(html).toContain(`<a href="/problems/${code}"><code>${code}</code></a>`);
  });

  it("is where the not-found problem for an unknown code sends the reader", async () => {
    const problem = await (await callWorker("/problems/no-such-problem")).json<{ detail: string }>();
    expect(problem.detail).toContain("/problems lists them all");
  });
});
