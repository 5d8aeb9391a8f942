// Debian's Chromium driven by puppeteer-core (no browser download): headless, with the
// flags that work in this sandbox and a fresh profile each run, and a page that records
// every script error and every request to another origin so a test can assert there were none.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { projectRoot } from "../../worker/tooling/cli/schema-files.ts";

export const screenshotDirectory = join(projectRoot, "test", "browser", "screenshots");

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "claimlint-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Uncaught script errors and console errors (CSP refusals show up here). */
  errors: string[];
  /** Requests to any origin but the server's. */
  foreignRequests: string[];
  /** Every request URL to the server, query string included. */
  requestUrls: string[];
}

export async function openPage(
  session: BrowserSession,
  base: string,
  viewport = { width: 1280, height: 900 },
): Promise<WatchedPage> {
  const page = await session.browser.newPage();
  await page.setViewport(viewport);
  const watched: WatchedPage = { page, errors: [], foreignRequests: [], requestUrls: [] };
  page.on("pageerror", (error) => watched.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(base)) watched.requestUrls.push(url);
    else if (!url.startsWith("data:")) watched.foreignRequests.push(url);
  });
  return watched;
}

/** The whole page by default; the viewport alone for what floats over it (a dialog). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotDirectory, { recursive: true });
  await page.screenshot({ path: join(screenshotDirectory, `${name}.png`), fullPage });
}
