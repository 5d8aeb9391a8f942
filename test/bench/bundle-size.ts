// Section 5: the deployable bundle, as `wrangler deploy --dry-run` writes it, gzipped.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ReportRow } from "./report.ts";
import { projectRoot, quietWranglerEnvironment } from "./processes.ts";

export const bundleLimitBytes = 1024 * 1024;

/** Builds the bundle into `outdir` and returns the path of its entry module. */
export function buildDeployBundle(outdir: string): string {
  execFileSync(join(projectRoot, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", outdir], {
    cwd: projectRoot,
    env: quietWranglerEnvironment(),
    stdio: ["ignore", "ignore", "inherit"],
  });
  return join(outdir, "index.js");
}

export function bundleSizeSection(outdir: string): ReportRow[] {
  // Source maps and wrangler's README are not uploaded as code.
  const files = readdirSync(outdir).filter((name) => !name.endsWith(".map") && !name.endsWith(".md"));
  let raw = 0;
  let gzipped = 0;
  for (const name of files) {
    const bytes = readFileSync(join(outdir, name));
    raw += bytes.byteLength;
    gzipped += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return [
    {
      section: "5 bundle",
      measure: `wrangler deploy --dry-run (${files.join(", ")}), gzip -9`,
      result: `${(gzipped / 1024).toFixed(1)} KiB gzipped (${(raw / 1024).toFixed(0)} KiB raw)`,
      target: "≤ 1 MiB gzipped",
      met: gzipped <= bundleLimitBytes,
    },
  ];
}
