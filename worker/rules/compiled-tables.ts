// A release's tables with the indexes the facts look rows up by, built once per release.
import type { BundledRelease, CatalogCode, ReleaseTables } from "./bundled-release.ts";

export interface CompiledTables extends ReleaseTables {
  catalogByCode: ReadonlyMap<string, CatalogCode>;
}

export function compileTables(release: BundledRelease): CompiledTables {
  return {
    ...release.tables,
    catalogByCode: new Map(release.tables.catalog.codes.map((entry) => [entry.code, entry])),
  };
}
