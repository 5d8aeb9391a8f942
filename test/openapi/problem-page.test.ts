import { describe, expect, it } from "vitest";
import { problemTypes } from "../../worker/errors/problem-types.ts";
import {
  describeProblemType,
  isProblemCode,
  problemIndexPage,
  problemPage,
} from "../../worker/openapi/problem-page.ts";

describe("isProblemCode", () => {
  it("knows the stable codes and nothing an object inherits", () => {
    expect(isProblemCode("schema-violation")).toBe(true);
    expect(isProblemCode("toString")).toBe(false);
    expect(isProblemCode("Schema-Violation")).toBe(false);
  });
});

describe("describeProblemType", () => {
  it("gives the type a problem of that code carries", () => {
    expect(describeProblemType("payload-too-large")).toMatchObject({
      type: "/problems/payload-too-large",
      status: 413,
    });
  });
});

describe("problemPage", () => {
  it("links back to the list of problem types and shows an example body with the code's type", () => {
    const page = problemPage("method-not-allowed");
    expect(page.body).toContain('<a href="/problems">Problem types</a>');
    expect(page.body).toContain("&#34;type&#34;: &#34;/problems/method-not-allowed&#34;");
    expect(page.scripts).toBeUndefined();
  });
});

describe("problemIndexPage", () => {
  it("lists every problem code, linked to its page", () => {
    const page = problemIndexPage();
    for (const code of Object.keys(problemTypes))
      expect(page.body).toContain(`<a href="/problems/${code}"><code>${code}</code></a>`);
  });
});
