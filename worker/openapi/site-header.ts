// The bar on top of the people-facing pages: where each of them is, and which one this is.
import { escapeHtml } from "./html-page.ts";

const sitePages = [
  { key: "playground", href: "/playground", label: "Playground" },
  { key: "explorer", href: "/explorer", label: "Rule explorer" },
  { key: "reference", href: "/docs", label: "API reference" },
  { key: "problems", href: "/problems", label: "Problem types" },
] as const;

export type SitePage = (typeof sitePages)[number]["key"];

export function siteHeader(current: SitePage): string {
  const links = sitePages
    .map(
      (page) =>
        `<a href="${page.href}"${page.key === current ? ' aria-current="page"' : ""}>${escapeHtml(page.label)}</a>`,
    )
    .join("");
  return `<header class="site-header"><a class="site-name" href="/playground">ClaimLint</a><nav aria-label="ClaimLint pages">${links}</nav></header>`;
}
