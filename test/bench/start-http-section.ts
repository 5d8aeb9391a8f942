// Section 4b: validate ÷ /healthz through `npm start` with its default configuration (wrangler
// dev, every validation stored in the local D1, no API keys), the way issue 14 states the target.
import { bundledReleases } from "../../worker/generated/releases.ts";
import { generateCorpus } from "./corpus.ts";
import { validateAgainstFloor } from "./http-section.ts";
import { corpusSeed } from "./in-process.ts";
import { startNpmStart } from "./npm-start.ts";
import { stopProcessGroup } from "./processes.ts";
import type { ReportRow } from "./report.ts";
import { formatCount, formatMicros } from "./timing.ts";

const section = "4b HTTP (npm start)";

export async function startHttpSection(progress: (message: string) => void): Promise<ReportRow[]> {
  const bodies = generateCorpus(bundledReleases, { seed: corpusSeed, count: 1000 }).map((encounter) =>
    JSON.stringify(encounter),
  );
  const { child, baseUrl } = await startNpmStart(progress);
  try {
    const { healthz, validation } = await validateAgainstFloor(baseUrl, bodies);
    const ratio = validation.perSecond / healthz.perSecond;
    return [
      {
        section,
        measure: "GET /healthz, 8 concurrent, median of 3 rounds of 2,000",
        result: `${formatCount(healthz.perSecond)} req/s; p99 ${formatMicros(healthz.p99Micros)}`,
      },
      {
        section,
        measure: "POST /v1/encounters/validate, mixed corpus, same load (stored in the local D1)",
        result: `${formatCount(validation.perSecond)} req/s; p99 ${formatMicros(validation.p99Micros)}`,
      },
      {
        section,
        measure: "validate ÷ /healthz throughput",
        result: `${ratio.toFixed(2)}×`,
        target: "≥ 0.8×",
        met: ratio >= 0.8,
      },
    ];
  } finally {
    await stopProcessGroup(child);
  }
}
