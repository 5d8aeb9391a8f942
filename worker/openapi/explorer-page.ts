// The rule explorer: search a code, then see its catalog entry, pair edits, unit limits and the
// rules that can fire for it with their sources and golden cases. /assets/explorer.js fills it.
import type { HtmlPage } from "./html-page.ts";
import { apiKeySettings } from "./page-parts.ts";
import { siteHeader } from "./site-header.ts";

export function explorerPage(): HtmlPage {
  return {
    title: "Rule explorer · ClaimLint",
    scripts: ["/assets/explorer.js"],
    body: `${siteHeader("explorer")}
<main class="app wide" id="explorer">
  <h1>Rule explorer</h1>
  <p class="lead">Look a procedure code up: how its units are counted, the NCCI pair edits it is in, its unit limits, and every rule that can fire for it, with the rule's source and the golden cases that show it at work.</p>
  ${apiKeySettings()}
  <noscript><p class="notice">The explorer needs JavaScript. The same answers come from <code>GET /v1/codes/{code}/rules</code>; see the <a href="/docs">API reference</a>.</p></noscript>
  <form id="search-form" class="controls" role="search">
    <div class="field">
      <label for="search">Code or description</label>
      <input id="search" type="search" placeholder="97140 or manual therapy" autocomplete="off" maxlength="100" size="32">
    </div>
    <div class="field">
      <label for="ruleset">Release</label>
      <select id="ruleset"><option value="">Today's release</option></select>
    </div>
    <button type="submit" class="primary">Search</button>
  </form>
  <div id="search-results" aria-live="polite"></div>
  <div id="code-details" aria-live="polite"></div>
</main>`,
  };
}
