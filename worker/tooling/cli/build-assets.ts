// Builds the static files Workers Static Assets serves (wrangler.toml [assets]) into
// worker/generated/static/assets/, served at /assets/…: the pages' scripts and stylesheet compiled by esbuild from
// worker/pages/, and Scalar's API reference bundle copied from node_modules (no CDN: the
// pages work offline and load nothing from another site).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { projectRoot } from "./schema-files.ts";

export const staticDirectory = join(projectRoot, "worker", "generated", "static");
const assetsDirectory = join(staticDirectory, "assets");
const pagesDirectory = join(projectRoot, "worker", "pages");

/** The page scripts: each entry becomes /assets/<name>.js. */
const pageEntries = ["playground", "explorer", "reference"];

export async function buildAssets(): Promise<string[]> {
  mkdirSync(assetsDirectory, { recursive: true });
  await build({
    entryPoints: [...pageEntries.map((name) => join(pagesDirectory, `${name}.ts`)), join(pagesDirectory, "pages.css")],
    outdir: assetsDirectory,
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2022"],
    legalComments: "none",
    logLevel: "warning",
  });
  const scalar = scalarStandalone();
  mkdirSync(join(assetsDirectory, "vendor"), { recursive: true });
  copyFileSync(scalar, join(assetsDirectory, "vendor", "scalar-api-reference.js"));
  return [...pageEntries.map((name) => `${name}.js`), "pages.css", "vendor/scalar-api-reference.js"];
}

/** The package exports its browser bundle by this name; resolving it fails the build when it is missing. */
function scalarStandalone(): string {
  return createRequire(import.meta.url).resolve("@scalar/api-reference/browser/standalone.js");
}
