// The HTML shell of the worker's people-facing pages (the API reference, the playground, the
// rule explorer, the problem pages): one stylesheet and the page's scripts, all same-origin
// files under /assets/ (Workers Static Assets), under a strict CSP, so a page loads nothing from
// elsewhere (it works offline, and no third party sees a health-data API's pages).
export interface HtmlPage {
  title: string;
  /** Trusted HTML for the <body>: everything from outside goes through escapeHtml first. */
  body: string;
  /** Same-origin script URLs (/assets/…), run in this order once the page is parsed. */
  scripts?: string[];
  /**
   * Scalar's reference injects <style> elements and style attributes at run time, which no hash
   * can allow: only its page allows inline styles. Scripts stay same-origin on every page.
   */
  allowsInjectedStyles?: boolean;
}

export interface RenderedPage {
  html: string;
  headers: Record<string, string>;
}

export const pageStylesheet = "/assets/pages.css";

export function renderHtmlPage(page: HtmlPage): RenderedPage {
  const scripts = page.scripts ?? [];
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${pageStylesheet}">
${scripts.map((url) => `<script src="${escapeHtml(url)}" defer></script>`).join("\n")}
</head>
<body>
${page.body}
</body>
</html>
`;
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? "'self'" : "'none'"}`,
    `style-src 'self'${page.allowsInjectedStyles ? " 'unsafe-inline'" : ""}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
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
