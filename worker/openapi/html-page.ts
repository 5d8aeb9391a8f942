// The HTML shell of the worker's human pages (the API reference, the problem pages): one
// inline stylesheet and at most one inline script, allowed by hash in a strict CSP, so the page
// loads nothing from elsewhere (it works offline, and no third party sees a health-data API's pages).
import { pageStyles } from "./page-styles.ts";

export interface HtmlPage {
  title: string;
  /** Trusted HTML for the <body>: everything from outside goes through escapeHtml first. */
  body: string;
  script?: string;
}

export interface RenderedPage {
  html: string;
  headers: Record<string, string>;
}

export async function renderHtmlPage(page: HtmlPage): Promise<RenderedPage> {
  const script = page.script === undefined ? "" : `<script>${page.script}</script>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<style>${pageStyles}</style>
</head>
<body>
${page.body}
${script}
</body>
</html>
`;
  const scriptSource = page.script === undefined ? "'none'" : `'${await sha256Base64(page.script)}'`;
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src ${scriptSource}`,
    `style-src '${await sha256Base64(pageStyles)}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    html,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Escapes, then shows `backticked` words as code, the one markup the API's descriptions use. */
export function inlineMarkup(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
