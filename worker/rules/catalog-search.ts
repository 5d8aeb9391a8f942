// Finds catalog codes for the rule explorer's search box: by the code's beginning, or by the
// words of its description.
import type { CatalogCode } from "./bundled-release.ts";

export function searchCatalog(codes: readonly CatalogCode[], search: string): CatalogCode[] {
  const query = search.trim().toLowerCase();
  const ordered = [...codes].sort((a, b) => a.code.localeCompare(b.code));
  if (query === "") return ordered;
  const byCode = ordered.filter((entry) => entry.code.toLowerCase().startsWith(query));
  const words = query.split(/\s+/);
  const byDescription = ordered.filter(
    (entry) => !byCode.includes(entry) && words.every((word) => entry.description.toLowerCase().includes(word)),
  );
  return [...byCode, ...byDescription];
}
