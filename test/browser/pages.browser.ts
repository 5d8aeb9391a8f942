// `npm run test:browser`: the pages' main flows in Debian's Chromium against `wrangler dev`
// (the deploy's own assets and CSP), one server with API keys off and one with them on.
// Screenshots land in test/browser/screenshots/ (git-ignored) for a person to look at.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "puppeteer-core";
import {
  migrateLocalDatabase,
  startLocalServer,
  stopLocalServer,
  type LocalServer,
} from "../helpers/local-wrangler.ts";
import { launchChromium, openPage, screenshot, type BrowserSession, type WatchedPage } from "./chromium.ts";

const apiKey = randomUUID();
const directories: string[] = [];
const servers: LocalServer[] = [];
let open: LocalServer;
let keyed: LocalServer;
let session: BrowserSession;

async function server(vars: Record<string, string>): Promise<LocalServer> {
  const persistTo = mkdtempSync(join(tmpdir(), "claimlint-browser-"));
  directories.push(persistTo);
  migrateLocalDatabase(persistTo);
  const started = await startLocalServer(persistTo, vars);
  servers.push(started);
  return started;
}

// One after the other: two wrangler processes starting at once on two cores only slow each other.
before(async () => {
  open = await server({ API_KEYS: "" });
  keyed = await server({ API_KEYS: apiKey });
  session = await launchChromium();
});

after(async () => {
  // Undefined when a server failed to start before the browser was launched.
  await (session as BrowserSession | undefined)?.close();
  await Promise.all(servers.map((started) => stopLocalServer(started.server)));
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function waitForText(page: Page, text: string, timeout = 15_000): Promise<unknown> {
  return page.waitForFunction((expected) => document.body.textContent.includes(expected), { timeout }, text);
}

/** A new tab on `path` of the server, loaded. */
async function visit(path: string, server = open, viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openPage(session, server.base, viewport);
  await watched.page.goto(`${server.base}${path}`, { waitUntil: "networkidle0" });
  return watched;
}

async function openPlayground(path = "/playground"): Promise<WatchedPage> {
  const watched = await visit(path);
  await watched.page.waitForFunction(
    () => (document.getElementById("compare") as HTMLSelectElement).options.length > 1,
  );
  return watched;
}

/** Picks an example (and releases to compare, if given) and validates it. */
async function validateExample(page: Page, example: string, releases?: [string, string]): Promise<void> {
  await page.select("#example", example);
  if (releases) {
    await page.select("#ruleset", releases[0]);
    await page.select("#compare", releases[1]);
  }
  await page.click("#validate");
}

function assertCleanPage(watched: WatchedPage): void {
  assert.deepEqual(watched.errors, [], "no script error or CSP refusal");
  assert.deepEqual(watched.foreignRequests, [], "nothing requested from another site");
}

describe("the playground", () => {
  it("validates an example and shows the pair-edit error on the line it concerns, with fix and source", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await validateExample(page, "massagePair");
    const finding = await page.waitForSelector('li[data-service="1"] .finding[data-rule="ncci.ptp.never-together"]');
    assert.match(await finding!.$eval(".fix", (node) => node.textContent ?? ""), /Remove 97140/);
    assert.match(await finding!.$eval(".source", (node) => node.textContent ?? ""), /^Source: \S/);
    assert.equal(await page.$eval('li[data-service="1"] .units', (node) => node.textContent), "Not billed");
    assert.equal(await page.$eval('li[data-service="0"] .units', (node) => node.textContent), "Bill 1 unit");
    await screenshot(page, "playground-finding");
    assertCleanPage(watched);
    await page.close();
  });

  it("compares two releases on the same encounter and shows the pair edit the later one adds", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await validateExample(page, "chiropracticPair", ["2026.3.0", "2026.4.0"]);
    await page.waitForSelector(".comparison .change");
    const changes = await page.$$eval(".comparison .change", (rows) => rows.map((row) => row.textContent ?? ""));
    assert.ok(
      changes.some((change) => change.includes("Status") && change.includes("pass → fail")),
      changes.join("\n"),
    );
    assert.ok(
      changes.some((change) => change.startsWith("New error") && change.includes("ncci.ptp.modifier-missing")),
      changes.join("\n"),
    );
    await screenshot(page, "playground-compare");
    assertCleanPage(watched);
    await page.close();
  });

  it("keeps the encounter in the URL fragment, never in a query string, and a shared link restores it", async () => {
    const first = await openPlayground();
    await first.page.select("#example", "missingTherapyModifier");
    await first.page.click("#validate");
    await first.page.waitForSelector('.finding[data-rule="therapy-modifiers.missing"]');
    const shared = new URL(first.page.url());
    assert.equal(shared.search, "");
    assert.ok(shared.hash.includes("encounter="));
    for (const url of first.requestUrls) assert.doesNotMatch(url, /encounter=|example-no-therapy-modifier|97110/, url);
    const text = await first.page.$eval("#encounter", (node) => (node as HTMLTextAreaElement).value);
    await first.page.close();

    const second = await openPage(session, open.base);
    await second.page.goto(shared.href, { waitUntil: "networkidle0" });
    await second.page.waitForSelector('li[data-service="0"] .finding[data-rule="therapy-modifiers.missing"]');
    assert.equal(await second.page.$eval("#encounter", (node) => (node as HTMLTextAreaElement).value), text);
    assertCleanPage(second);
    await second.page.close();
  });

  it("shows a schema violation with its JSON pointer instead of results", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await page.$eval("#encounter", (node) => {
      (node as HTMLTextAreaElement).value = JSON.stringify({
        encounterId: "bad",
        dateOfService: "2026-11-02",
        payer: { type: "medicare" },
        provider: { discipline: "PT" },
        diagnoses: [],
        services: [],
      });
    });
    await page.click("#validate");
    await page.waitForSelector(".message.problem");
    const message = await page.$eval(".message.problem", (node) => node.textContent ?? "");
    assert.match(message, /\/services/);
    await screenshot(page, "playground-problem");
    await page.close();
  });

  it("validates the 837P example, shows the pair edit on its service line with the segment it points at, and a shared link restores it", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await page.select("#example", "x12:claim");
    assert.match(await page.$eval("#input-kind", (node) => node.textContent ?? ""), /837P/);
    await page.click("#validate");
    const finding = await page.waitForSelector(
      '.claim-answer[data-claim="PT-1002"] li[data-service="1"] .finding[data-rule="ncci.ptp.never-together"]',
    );
    assert.match(
      await finding!.$eval(".where", (node) => node.textContent ?? ""),
      /^At SV1, loop 2400: position 24 of transaction set 0001/,
    );
    assert.match(await finding!.$eval(".fix", (node) => node.textContent ?? ""), /Remove 97140/);
    assert.equal(
      await page.$eval('.claim-answer li[data-service="1"] .units', (node) => node.textContent),
      "Not billed",
    );
    assert.equal(
      await page.$eval('.claim-answer li[data-service="0"] .units', (node) => node.textContent),
      "Bill 2 units",
    );
    const url = new URL(page.url());
    assert.equal(url.search, "");
    assert.ok(url.hash.includes("claim="));
    for (const requested of watched.requestUrls) assert.doesNotMatch(requested, /claim=|PT-1002|ISA/, requested);
    await screenshot(page, "playground-837p");
    assertCleanPage(watched);
    await page.close();

    const shared = await openPage(session, open.base);
    await shared.page.goto(url.href, { waitUntil: "networkidle0" });
    await shared.page.waitForSelector(
      '.claim-answer[data-claim="PT-1002"] li[data-service="1"] .finding[data-rule="ncci.ptp.never-together"]',
    );
    assert.match(await shared.page.$eval("#encounter", (node) => (node as HTMLTextAreaElement).value), /^ISA\*/);
    assertCleanPage(shared);
    await shared.page.close();
  });

  it("validates the FHIR example and shows each issue at its item with the Claim element, and the visit's status", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await validateExample(page, "fhir:claim");
    const issue = await page.waitForSelector(
      '.claim-answer li[data-item="1"] .finding[data-rule="ncci.ptp.never-together"]',
    );
    assert.equal(await issue!.$eval(".where", (node) => node.textContent), "Element: Claim.item[1]");
    assert.match(await issue!.$eval(".source", (node) => node.textContent ?? ""), /^Source: \S/);
    assert.ok(
      await page.$('.claim-answer li[data-item="0"] .finding[data-rule="units.minutes-missing"]'),
      "the minutes warning sits at item 0",
    );
    assert.equal(
      await page.$eval('.claim-answer li[data-item="0"] .units', (node) => node.textContent),
      "Bill 2 units",
    );
    assert.match(
      await page.$eval(".claim-answer .summary-bar", (node) => node.textContent ?? ""),
      /Fails.*2026-11-02.*2026\.4\.0/,
    );
    await screenshot(page, "playground-fhir");
    assertCleanPage(watched);
    await page.close();
  });

  it("compares two releases on an 837P claim, date of service by date of service", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await validateExample(page, "x12:claim", ["2026.3.0", "2026.4.0"]);
    await page.waitForSelector(".claim-answer .comparison");
    assert.match(
      await page.$eval(".claim-answer .comparison h3", (node) => node.textContent ?? ""),
      /from 2026\.3\.0 to 2026\.4\.0/,
    );
    assertCleanPage(watched);
    await page.close();
  });

  it("shows a malformed 837P's problem plainly instead of results", async () => {
    const watched = await openPlayground();
    const { page } = watched;
    await page.$eval("#encounter", (node) => {
      (node as HTMLTextAreaElement).value = "ISA*00*broken~";
    });
    await page.click("#validate");
    await page.waitForSelector(".message.problem");
    assert.match(await page.$eval(".message.problem", (node) => node.textContent ?? ""), /X12|837|ISA|segment/i);
    await screenshot(page, "playground-malformed-837p");
    await page.close();
  });

  it("fits a phone's screen without sideways scrolling", async () => {
    const watched = await visit("/playground", open, { width: 390, height: 844 });
    const { page } = watched;
    await page.select("#example", "massagePair");
    await page.click("#validate");
    await page.waitForSelector(".finding");
    await screenshot(page, "playground-phone");
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      "no horizontal overflow",
    );
    assertCleanPage(watched);
    await page.close();
  });
});

describe("the rule explorer", () => {
  it("searches by description, then shows the code's pair edits, rules, sources and golden cases", async () => {
    const watched = await visit("/explorer");
    const { page } = watched;
    await page.type("#search", "manual therapy");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".results button");
    await page.click(".results button");
    const rule = await page.waitForSelector('.rule-card[data-rule="ncci.ptp.never-together"]');
    assert.match(await rule!.$eval(".source", (node) => node.textContent ?? ""), /^Source: .*NCCI/);
    assert.ok((await rule!.$$(".golden")).length > 0, "the rule shows its golden cases");
    const rows = await page.$$eval("table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    assert.ok(
      rows.some((cells) => cells[0] === "97124" && cells[1] === "97140" && String(cells[3]).startsWith("0")),
      "the 97124/97140 row with indicator 0",
    );
    assert.ok(new URL(page.url()).hash.includes("code=97140"));
    await screenshot(page, "explorer-97140");
    assertCleanPage(watched);
    await page.close();
  });

  it("goes straight to an exact code with the keyboard alone", async () => {
    const watched = await visit("/explorer");
    const { page } = watched;
    await page.focus("#search");
    await page.keyboard.type("98941");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("code-heading")?.textContent?.startsWith("98941"));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "code-heading", "focus moves to the answer");
    await page.close();
  });

  it("opens a golden case's encounter in the playground, validated", async () => {
    const watched = await visit("/explorer#code=97140");
    const { page } = watched;
    const link = await page.waitForSelector('.rule-card[data-rule="ncci.ptp.never-together"] .golden a');
    const href = await link!.evaluate((node) => (node as HTMLAnchorElement).href);
    await page.goto(href, { waitUntil: "networkidle0" });
    await page.waitForSelector('.finding[data-rule="ncci.ptp.never-together"]');
    assertCleanPage(watched);
    await page.close();
  });
});

describe("the API reference", () => {
  it("renders every operation group from /openapi.json with Scalar, loading nothing from another site", async () => {
    const watched = await visit("/docs");
    const { page } = watched;
    await waitForText(page, "Validate one encounter");
    for (const tag of ["Validation", "Rulesets", "Codes", "Webhooks", "Stored results", "Reference", "Pages"])
      await waitForText(page, tag);
    await screenshot(page, "reference");
    assertCleanPage(watched);
    await page.close();
  });

  it("finds an operation with its search", async () => {
    const watched = await visit("/docs");
    const { page } = watched;
    const [searchButton] = await page.$$("xpath/.//button[contains(., 'Search')]");
    await searchButton!.click();
    await page.keyboard.type("rules and edits");
    await waitForText(page, "The rules and edits for a code");
    await screenshot(page, "reference-search", false);
    await page.close();
  });

  it("shows a curl sample, and its Test Request sends it here and shows the answer", async () => {
    const watched = await visit("/docs#tag/rulesets/GET/v1/rulesets");
    const { page } = watched;
    await page.waitForFunction(() =>
      [...document.querySelectorAll("pre, code")].some((node) => /curl .*\/v1\/rulesets/.test(node.textContent ?? "")),
    );
    const [testRequest] = await page.$$("xpath/.//button[contains(., 'Test Request')]");
    await testRequest!.click();
    const send = await page.waitForSelector("xpath/.//button[contains(., 'Send Request')]");
    await send!.click();
    await waitForText(page, "200 OK");
    await waitForText(page, "2026.4.0");
    assert.ok(
      watched.requestUrls.some((url) => url === `${open.base}/v1/rulesets`),
      "the request went to this server",
    );
    await screenshot(page, "reference-test-request", false);
    assertCleanPage(watched);
    await page.close();
  });
});

describe("with API keys configured", () => {
  it("asks for the key, keeps it in this tab's sessionStorage only, and then validates", async () => {
    const watched = await visit("/playground", keyed);
    const { page } = watched;
    await page.waitForSelector(".message.problem");
    assert.match(
      await page.$eval(".message.problem", (node) => node.textContent ?? ""),
      /Authentication is required|API key/i,
    );
    assert.equal(await page.$eval("#api-key-settings", (node) => (node as HTMLDetailsElement).open), true);
    await page.type("#api-key", apiKey);
    await page.keyboard.press("Tab");
    await page.select("#example", "massagePair");
    await page.click("#validate");
    await page.waitForSelector('.finding[data-rule="ncci.ptp.never-together"]');
    assert.equal(await page.evaluate(() => sessionStorage.getItem("claimlint.apiKey")), apiKey);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.ok(!page.url().includes(apiKey), "the key is not in the URL");
    await screenshot(page, "playground-api-key");
    await page.close();
  });
});
