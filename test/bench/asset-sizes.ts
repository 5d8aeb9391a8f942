// Section 5 (continued): the static files the pages load from Workers Static Assets, each gzipped
// as a browser receives it. Scalar's reference bundle is the one large file; only /docs loads it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { staticDirectory } from "../../worker/tooling/cli/build-assets.ts";
import type { ReportRow } from "./report.ts";

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function assetSizeSection(): ReportRow[] {
  return filesUnder(staticDirectory)
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        section: "5 bundle",
        measure: `static asset /${relative(staticDirectory, path)}, gzip -9`,
        result: `${(gzipSync(bytes, { level: 9 }).byteLength / 1024).toFixed(1)} KiB gzipped (${(bytes.byteLength / 1024).toFixed(1)} KiB raw)`,
      };
    });
}
