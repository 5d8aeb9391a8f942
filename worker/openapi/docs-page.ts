// The API reference page: the server renders its frame and the problem types; the inline
// script fills in the operations from /openapi.json, so the page and the document never disagree.
import { problemTypes, type ProblemCode } from "../errors/problem-types.ts";
import { docsScript } from "./docs-script.ts";
import { escapeHtml, inlineMarkup, type HtmlPage } from "./html-page.ts";

export function docsPage(): HtmlPage {
  return { title: "ClaimLint API reference", body: docsBody(), script: docsScript };
}

function docsBody(): string {
  return `<div class="layout">
<nav class="sidebar" aria-label="Operations">
  <a class="brand" href="#top">ClaimLint API</a>
  <div class="version" id="api-version">Reference</div>
  <div id="nav-operations"></div>
  <h5>More</h5>
  <ul>
    <li><a href="#problems">Problem types</a></li>
    <li><a href="/openapi.json">OpenAPI document</a></li>
  </ul>
</nav>
<main id="top">
  <h1>ClaimLint API reference</h1>
  <p class="lead" id="api-summary">Validates outpatient therapy and massage encounters before they are billed.</p>
  <div id="api-description"></div>
  <div class="notice">Each operation has a <strong>Try it</strong> form that sends a real request to this server. The examples hold no patient data; do not paste real patient identifiers into them.</div>
  <noscript><div class="notice">The operations are listed by a script; without it, read the same description as JSON at <a href="/openapi.json">/openapi.json</a>.</div></noscript>
  <div id="operations"><p class="muted">Loading the operations from /openapi.json…</p></div>
  ${problemSection()}
</main>
</div>`;
}

function problemSection(): string {
  const rows = (Object.keys(problemTypes) as ProblemCode[])
    .sort((a, b) => problemTypes[a].status - problemTypes[b].status || a.localeCompare(b))
    .map((code) => {
      const { status, title } = problemTypes[code];
      return `<tr><td><a href="/problems/${escapeHtml(code)}"><code>${escapeHtml(code)}</code></a></td><td><span class="status s${String(status).charAt(0)}">${status}</span></td><td>${escapeHtml(title)}</td></tr>`;
    });
  return `<section id="problems" class="tag-section">
  <h2>Problem types</h2>
  <p>${inlineMarkup("Every answer that is not 2xx is an RFC 9457 `application/problem+json` body. Its `code` is one of these, and its `type` (`/problems/<code>`) is a page explaining it.")}</p>
  <table class="problem-table">
    <thead><tr><th>Code</th><th>Status</th><th>Meaning</th></tr></thead>
    <tbody>
${rows.join("\n")}
    </tbody>
  </table>
</section>`;
}
