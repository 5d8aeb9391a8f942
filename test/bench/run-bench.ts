// `npm run bench`: measures on this machine, in one run, and prints the table for BENCHMARKS.md.
// `npm run bench -- --only=in-process,scale` runs some sections (in-process, scale, startup, http, start-http, bundle, jobs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assetSizeSection } from "./asset-sizes.ts";
import { bundleSizeSection, buildDeployBundle } from "./bundle-size.ts";
import { httpSection } from "./http-section.ts";
import { inProcessSection } from "./in-process.ts";
import { jobsSection } from "./jobs-section.ts";
import { machineDescription, markdownTable, type ReportRow } from "./report.ts";
import { scaleSection } from "./scale.ts";
import { startHttpSection } from "./start-http-section.ts";
import { startupSection } from "./startup.ts";

const sectionNames = ["in-process", "scale", "startup", "http", "start-http", "bundle", "jobs"] as const;
type SectionName = (typeof sectionNames)[number];

function chosenSections(): Set<SectionName> {
  const only = process.argv.find((argument) => argument.startsWith("--only="))?.slice("--only=".length);
  if (!only) return new Set(sectionNames);
  const names = only.split(",");
  const unknown = names.filter((name) => !(sectionNames as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown section(s) ${unknown.join(", ")}; choose from ${sectionNames.join(", ")}`);
  return new Set(names as SectionName[]);
}

async function main(): Promise<void> {
  const sections = chosenSections();
  const workDirectory = mkdtempSync(join(tmpdir(), "claimlint-bench-"));
  const rows: ReportRow[] = [];
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
  try {
    if (sections.has("in-process")) {
      progress("in-process corpus and naive baseline");
      rows.push(...(await inProcessSection()));
    }
    if (sections.has("scale")) {
      progress("scale: pair table 1,000 → 100,000 rows, 1 → 50 services");
      rows.push(...(await scaleSection()));
    }
    if (sections.has("startup") || sections.has("bundle") || sections.has("http")) {
      progress("wrangler deploy --dry-run");
      const outdir = join(workDirectory, "bundle");
      const bundle = buildDeployBundle(outdir);
      if (sections.has("startup")) {
        progress("start-up in fresh processes");
        rows.push(...startupSection(bundle, workDirectory));
      }
      if (sections.has("bundle")) rows.push(...bundleSizeSection(outdir), ...assetSizeSection());
      if (sections.has("http")) {
        progress("HTTP through workerd (Miniflare) on 127.0.0.1");
        rows.push(...(await httpSection(bundle)));
      }
    }
    if (sections.has("start-http")) {
      progress("HTTP through npm start (wrangler dev, default configuration)");
      rows.push(...(await startHttpSection(progress)));
    }
    if (sections.has("jobs")) {
      progress("jobs: 100,000 encounters end to end through npm start");
      rows.push(...(await jobsSection(workDirectory, progress)));
    }
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
  rows.sort((a, b) => a.section.localeCompare(b.section));
  console.log(machineDescription().join("\n"));
  console.log("");
  console.log(markdownTable(rows));
  const missed = rows.filter((row) => row.met === false);
  console.log("");
  console.log(
    missed.length === 0
      ? "Every target met."
      : `Targets missed: ${missed.map((row) => `${row.section} — ${row.measure}`).join("; ")}`,
  );
}

await main();
