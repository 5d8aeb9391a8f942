// Section 6: a 100,000-encounter job end to end through `npm start` (wrangler dev, with the local
// R2 bucket, queue and D1 it brings up): upload, validation by the queue consumer, results
// streamed back; then a check that every answer is present once and in the file's order.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { downloadResults, uploadJob, waitForJob, type JobServer } from "../../worker/tooling/cli/job-client.ts";
import { bundledReleases } from "../../worker/generated/releases.ts";
import { generateCorpus } from "./corpus.ts";
import { corpusSeed } from "./in-process.ts";
import { descendantCpuSeconds } from "./local-server.ts";
import { startNpmStart } from "./npm-start.ts";
import { stopProcessGroup } from "./processes.ts";
import type { ReportRow } from "./report.ts";
import { formatCount } from "./timing.ts";

export const jobEncounters = 100_000;
const section = "6 jobs (npm start)";

export async function jobsSection(workDirectory: string, progress: (message: string) => void): Promise<ReportRow[]> {
  const input = join(workDirectory, "job.ndjson");
  const output = join(workDirectory, "job.results.ndjson");
  await writeJobFile(input, jobEncounters);
  const apiKey = randomUUID();
  // With an API key for the job routes.
  const { child, baseUrl } = await startNpmStart(progress, ["--var", `API_KEYS:${apiKey}`]);
  try {
    const server: JobServer = { baseUrl, apiKey };
    const cpuBefore = descendantCpuSeconds(child.pid!, "workerd");
    const started = performance.now();
    const job = await uploadJob(server, input);
    const uploaded = performance.now();
    let lastReport = 0;
    const settled = await waitForJob(
      server,
      job.id,
      (current) => {
        if (current.processed - lastReport >= 20_000)
          progress(`job: ${formatCount(current.processed)} of ${formatCount(current.total)} answered`);
        lastReport = current.processed - (current.processed % 20_000);
      },
      250,
    );
    const validated = performance.now();
    const lines = await downloadResults(server, job.id, output);
    const downloaded = performance.now();
    const cpuSeconds = descendantCpuSeconds(child.pid!, "workerd") - cpuBefore;
    const order = await checkOrder(output, jobEncounters);
    await fetch(new URL(`/v1/jobs/${job.id}`, baseUrl), {
      method: "DELETE",
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const megabytes = statSync(input).size / 1e6;
    const seconds = (from: number, to: number) => (to - from) / 1000;
    const { pass, warn, fail, problem, error } = settled.counts;
    return [
      {
        section,
        measure: `Upload of ${formatCount(jobEncounters)} encounters as NDJSON (${megabytes.toFixed(1)} MB) to POST /v1/jobs, until 202`,
        result: `${seconds(started, uploaded).toFixed(1)} s (${(megabytes / seconds(started, uploaded)).toFixed(1)} MB/s)`,
      },
      {
        section,
        measure: `Queue consumer: ${settled.chunks.total} chunks of 1,000, 202 to status ${settled.status}`,
        result: `${seconds(uploaded, validated).toFixed(1)} s; ${formatCount(jobEncounters / seconds(uploaded, validated))} enc/s (pass ${pass}, warn ${warn}, fail ${fail}, problem ${problem}, error ${error})`,
      },
      {
        section,
        measure: "GET /v1/jobs/{id}/results streamed to a file",
        result: `${seconds(validated, downloaded).toFixed(1)} s; ${formatCount(lines)} lines`,
      },
      {
        section,
        measure: "End to end, upload to last line written",
        result: `${seconds(started, downloaded).toFixed(1)} s; ${formatCount(jobEncounters / seconds(started, downloaded))} enc/s`,
      },
      {
        section,
        measure: "workerd CPU time per 1,000 encounters over the whole job (upload, consumer, D1, R2, results)",
        result: `${((cpuSeconds * 1000) / (jobEncounters / 1000)).toFixed(0)} ms`,
      },
      {
        section,
        measure: "Every encounter answered once, in the file's order",
        result: order.ok ? `yes: ${formatCount(order.lines)} lines, line i answers encounter i` : `no: ${order.reason}`,
        target: "all, once, in order",
        met: order.ok,
      },
    ];
  } finally {
    await stopProcessGroup(child);
  }
}

/** The benchmark corpus's mix, with encounterIds that say their position. */
async function writeJobFile(path: string, count: number): Promise<void> {
  const file = createWriteStream(path);
  const perRound = 2000;
  for (let start = 0; start < count; start += perRound) {
    const corpus = generateCorpus(bundledReleases, {
      seed: corpusSeed + start,
      count: Math.min(perRound, count - start),
    });
    const text = corpus
      .map((encounter, offset) => JSON.stringify({ ...encounter, encounterId: `job-${start + offset}` }))
      .join("\n");
    if (!file.write(`${text}\n`)) await once(file, "drain");
  }
  file.end();
  await once(file, "finish");
}

/** Line i must answer encounter `job-i` (a result's encounterId, or a problem's index). */
async function checkOrder(path: string, expected: number): Promise<{ ok: boolean; lines: number; reason?: string }> {
  let lines = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const answer = JSON.parse(text) as { encounterId?: string; index?: number };
    const answers = answer.encounterId ?? `job-${answer.index}`;
    if (answers !== `job-${lines}`) return { ok: false, lines, reason: `line ${lines + 1} answers ${answers}` };
    lines += 1;
  }
  return lines === expected
    ? { ok: true, lines }
    : { ok: false, lines, reason: `${lines} lines for ${expected} encounters` };
}
