import { describe, expect, it } from "vitest";
import type { CatalogCode } from "../../worker/rules/bundled-release.ts";
import { searchCatalog } from "../../worker/rules/catalog-search.ts";

const entry = (code: string, description: string): CatalogCode => ({
  code,
  description,
  unitBasis: "timed",
  source: "CPT descriptor",
});
const catalog = [
  entry("97140", "Manual therapy techniques"),
  entry("97110", "Therapeutic exercises"),
  entry("97014", "Electrical stimulation, unattended, 97140 not included"),
];

describe("searchCatalog", () => {
  it("lists codes matching by their beginning first, then those matching by description", () => {
    expect(searchCatalog(catalog, "9714").map((match) => match.code)).toEqual(["97140", "97014"]);
  });

  it("needs every word of the search in the description", () => {
    expect(searchCatalog(catalog, "therapy manual").map((match) => match.code)).toEqual(["97140"]);
    expect(searchCatalog(catalog, "manual exercises")).toEqual([]);
  });

  it("answers the whole catalog in code order for a blank search", () => {
    expect(searchCatalog(catalog, "  ").map((match) => match.code)).toEqual(["97014", "97110", "97140"]);
  });
});
