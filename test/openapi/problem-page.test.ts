import { describe, expect, it } from "vitest";
import { describeProblemType, isProblemCode, problemPage } from "../../worker/openapi/problem-page.ts";

describe("isProblemCode", () => {
  it("knows the stable codes and nothing an object inherits", () => {
    expect(isProblemCode("schema-violation")).toBe(true);
    expect(isProblemCode("toString")).toBe(false);
    expect(isProblemCode("Schema-Violation")).toBe(false);
  });
});

describe("describeProblemType", () => {
  it("gives the type a problem of that code carries", () => {
    expect(describeProblemType("payload-too-large")).toMatchObject({ type: "/problems/payload-too-large", status: 413 });
  });
});

describe("problemPage", () => {
  it("links back to the reference and shows an example body with the code's type", () => {
    const page = problemPage("method-not-allowed");
    expect(page.body).toContain('href="/docs#problems"');
    expect(page.body).toContain("&#34;type&#34;: &#34;/problems/method-not-allowed&#34;");
    expect(page.script).toBeUndefined();
  });
});
