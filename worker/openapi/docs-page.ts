// The API reference page: Scalar's renderer over /openapi.json, from Workers Static Assets,
// so the page and the document never disagree and nothing loads from another site.
import type { HtmlPage } from "./html-page.ts";
import { siteHeader } from "./site-header.ts";

export function docsPage(): HtmlPage {
  return {
    title: "ClaimLint API reference",
    body: `${siteHeader("reference")}
<main id="reference" class="reference" aria-busy="true">
  <noscript><p class="notice">The reference is drawn by a script; without it, read the same description as JSON at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
</main>`,
    scripts: ["/assets/vendor/scalar-api-reference.js", "/assets/reference.js"],
    allowsInjectedStyles: true,
  };
}
