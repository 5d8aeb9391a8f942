// The playground: an encounter, FHIR Claim or 837P in, its findings beside the lines they
// concern, under one release or two compared. The page is a frame; /assets/playground.js fills it from the API.
import type { HtmlPage } from "./html-page.ts";
import { siteHeader } from "./site-header.ts";
import { apiKeySettings } from "./page-parts.ts";

export function playgroundPage(): HtmlPage {
  return {
    title: "Playground · ClaimLint",
    scripts: ["/assets/playground.js"],
    body: `${siteHeader("playground")}
<main class="app wide" id="playground">
  <h1>Playground</h1>
  <p class="lead">Validate an encounter, a FHIR R4 Claim (or batch Bundle) or an 837P interchange as the API would: each finding sits beside the line it concerns, with its fix and its source (and, for a claim, the segment or element it points at), and the lines to bill show their units. Pick a release, or compare two on the same input.</p>
  <p class="notice">What you paste stays in this page and in its link (after the <code>#</code>, which browsers never send to a server). Validating sends it to this server's validate routes only; request bodies are never logged. Use made-up data, not a real patient's.</p>
  ${apiKeySettings()}
  <noscript><p class="notice">The playground needs JavaScript. Without it, send encounters to <code>POST /v1/encounters/validate</code> and claims to <code>POST /v1/claims/validate</code> as the <a href="/docs">API reference</a> shows.</p></noscript>
  <form id="validate-form" class="controls" novalidate>
    <div class="field">
      <label for="example">Start from an example</label>
      <select id="example"><option value="">Loading examples…</option></select>
    </div>
    <div class="field">
      <label for="ruleset">Release</label>
      <select id="ruleset"><option value="">Chosen by date of service</option></select>
    </div>
    <div class="field">
      <label for="compare">Compare with</label>
      <select id="compare"><option value="">No comparison</option></select>
    </div>
    <button type="submit" class="primary" id="validate">Validate</button>
  </form>
  <div class="workbench">
    <section class="panel" aria-labelledby="encounter-heading">
      <h2 id="encounter-heading"><label for="encounter">Encounter, FHIR Claim or 837P</label></h2>
      <p class="hint" id="encounter-hint">Paste an encounter (JSON), a FHIR Claim or Bundle (JSON with its resourceType), or an 837P interchange (starting with ISA), or start from an example. Ctrl+Enter validates. <span id="input-kind"></span></p>
      <textarea id="encounter" spellcheck="false" aria-describedby="encounter-hint" autocomplete="off"></textarea>
    </section>
    <section class="panel" aria-labelledby="results-heading">
      <h2 id="results-heading">Findings and lines to bill</h2>
      <div id="results" aria-live="polite"><p class="muted">Validate to see the findings here.</p></div>
    </section>
  </div>
</main>`,
  };
}
