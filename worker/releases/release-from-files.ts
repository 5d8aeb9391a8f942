// A release's files (path inside the folder → JSON) as the worker runs them: tables keyed by
// camelCase name, the diagnosis code sets encoded, rule files in path order, golden cases apart.
// The rule tooling builds a release from a folder on disk the same way.
import type { BundledRelease } from "../rules/bundled-release.ts";
import { compactDiagnosisCodeSets } from "../rules/code-set-encoding.ts";
import { escapePointerSegment } from "../validation/json-pointer.ts";
import { isGoldenCasesPath } from "./release-hash.ts";

export interface ReleaseFileData {
  /** Path inside the release folder, e.g. `tables/catalog.json`. */
  relativePath: string;
  data: unknown;
}

/** Where a value of a published file is in the publication's body: `/files/tables~1mue.json/edits/3`. */
export function filePointer(relativePath: string, inner = ""): string {
  return `/files/${escapePointerSegment(relativePath)}${inner}`;
}

/** `tables/ncci-ptp-edits.json` → `ncciPtpEdits`. */
export function tableKey(relativePath: string): string {
  const name = relativePath.replace(/^tables\//, "").replace(/\.json$/, "");
  return name.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** A table as the worker gets it: the code sets encoded (code-set-encoding.ts), every other table as written. */
export function compactTableData(file: ReleaseFileData): unknown {
  if (file.relativePath !== "tables/diagnosis-code-sets.json") return file.data;
  return compactDiagnosisCodeSets(file.data as Parameters<typeof compactDiagnosisCodeSets>[0]);
}

export function bundledReleaseFromFiles(
  version: string,
  hash: string,
  files: readonly ReleaseFileData[],
): BundledRelease {
  const bundled = [...files]
    .filter((file) => !isGoldenCasesPath(file.relativePath))
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  const manifest = bundled.find((file) => file.relativePath === "release.json");
  const tables = bundled.filter((file) => file.relativePath.startsWith("tables/"));
  return {
    version,
    hash,
    manifest: manifest?.data as BundledRelease["manifest"],
    tables: Object.fromEntries(
      tables.map((file) => [tableKey(file.relativePath), compactTableData(file)]),
    ) as unknown as BundledRelease["tables"],
    ruleFiles: bundled
      .filter((file) => file.relativePath.startsWith("rules/"))
      .map((file) => file.data) as BundledRelease["ruleFiles"],
  };
}
