import { describe, expect, it } from "vitest";
import { escapeHtml, inlineMarkup, renderHtmlPage } from "../../worker/openapi/html-page.ts";

describe("escapeHtml", () => {
  it("escapes every character that could open markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });
});

describe("inlineMarkup", () => {
  it("shows backticked words as code after escaping them", () => {
    expect(inlineMarkup("Send `Authorization: Bearer <key>` now")).toBe(
      "Send <code>Authorization: Bearer &#60;key&#62;</code> now",
    );
  });

  it("leaves a lone backtick as text", () => {
    expect(inlineMarkup("it`s")).toBe("it`s");
  });
});

describe("renderHtmlPage", () => {
  it("escapes the title and allows no script when the page has none", () => {
    const page = renderHtmlPage({ title: "<Problems>", body: "<p>Hi</p>" });
    expect(page.html).toContain("<title>&#60;Problems&#62;</title>");
    expect(page.html).not.toContain("<script");
    expect(page.headers["content-security-policy"]).toContain("script-src 'none'");
  });

  it("links the one stylesheet from /assets/ and allows styles from this origin only", () => {
    const page = renderHtmlPage({ title: "t", body: "" });
    expect(page.html).toContain('<link rel="stylesheet" href="/assets/pages.css">');
    expect(page.headers["content-security-policy"]).toContain("style-src 'self';");
  });

  it("allows its same-origin scripts and nothing inline", () => {
    const page = renderHtmlPage({ title: "t", body: "", scripts: ["/assets/playground.js"] });
    expect(page.html).toContain('<script src="/assets/playground.js" defer></script>');
    expect(page.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(page.headers["content-security-policy"]).not.toContain("unsafe");
  });
});
