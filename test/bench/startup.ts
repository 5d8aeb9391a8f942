// Section 3: start-up, in fresh node processes: evaluating the deploy bundle, then building the
// engine of every shipped release (the work an isolate does before its first validation).
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { compileRuleset } from "../../worker/rules/compiled-ruleset.ts";
import { projectRoot } from "./processes.ts";
import type { ReportRow } from "./report.ts";

interface ProbeResult {
  loadMillis: number;
  enginesMillis: number;
  totalMillis: number;
  releases: number;
}

export function startupSection(bundlePath: string, workDirectory: string): ReportRow[] {
  // As .mjs, so node loads the bundle as the ES module it is.
  const modulePath = join(workDirectory, "worker-bundle.mjs");
  copyFileSync(bundlePath, modulePath);
  const probes: ProbeResult[] = [];
  for (let run = 0; run < 7; run += 1) {
    const output = execFileSync(process.execPath, [join(projectRoot, "test/bench/startup-probe.mjs"), modulePath], {
      encoding: "utf8",
    });
    probes.push(JSON.parse(output) as ProbeResult);
  }
  const median = (pick: (probe: ProbeResult) => number) =>
    probes.map(pick).sort((a, b) => a - b)[Math.floor(probes.length / 2)]!;
  const inProcess = bundledReleases.map((release) => {
    const started = performance.now();
    compileRuleset(release);
    return `${release.version} ${(performance.now() - started).toFixed(1)} ms`;
  });
  return [
    {
      section: "3 start-up",
      measure: `Fresh node process: load the worker bundle, then build the engines of all ${probes[0]!.releases} release(s) (median of 7)`,
      result: `${median((probe) => probe.totalMillis).toFixed(1)} ms (load ${median((probe) => probe.loadMillis).toFixed(1)} ms + engines ${median((probe) => probe.enginesMillis).toFixed(1)} ms)`,
    },
    {
      section: "3 start-up",
      measure: "compileRuleset per release, in this (warm) process",
      result: inProcess.join("; "),
    },
  ];
}
