// Section 4: HTTP through workerd (the deploy bundle under Miniflare on 127.0.0.1): single
// validations against the /healthz floor in the same run, and encounters per second through
// the batch endpoint, with the CPU time workerd spent per batch.
import { bundledReleases } from "../../worker/generated/releases.ts";
import { generateCorpus } from "./corpus.ts";
import { keepAliveAgent, runLoad, send, type LoadRequest } from "./http-load.ts";
import { corpusSeed } from "./in-process.ts";
import { startLocalServer } from "./local-server.ts";
import type { ReportRow } from "./report.ts";
import { formatCount, formatMicros, summarize } from "./timing.ts";

const concurrency = 8;
const requestsPerRound = 2000;
const rounds = 3;
const batches = 12;

export async function httpSection(bundlePath: string): Promise<ReportRow[]> {
  const corpus = generateCorpus(bundledReleases, { seed: corpusSeed, count: 1000 });
  const bodies = corpus.map((encounter) => JSON.stringify(encounter));
  const batchBody = `${bodies.join("\n")}\n`;
  const batch: LoadRequest = {
    method: "POST",
    path: "/v1/encounters/validate/batch",
    body: batchBody,
    contentType: "application/x-ndjson",
  };
  const rows: ReportRow[] = [];

  // As deployed: every validation stored in D1. Locally D1 runs inside the same workerd, so
  // its writes count here; the second server has no DB binding and measures validation alone.
  for (const withDatabase of [true, false]) {
    const server = await startLocalServer(bundlePath, { withDatabase });
    try {
      const { healthz, validation } = await validateAgainstFloor(server.origin, bodies);
      const ratio = validation.perSecond / healthz.perSecond;
      const setting = withDatabase ? "results stored in local D1, as deployed" : "no DB binding: validation alone";
      rows.push(
        {
          section: "4 HTTP (workerd)",
          measure: `GET /healthz, ${concurrency} concurrent, median of ${rounds} rounds of ${formatCount(requestsPerRound)} (${withDatabase ? "with D1" : "no DB"})`,
          result: `${formatCount(healthz.perSecond)} req/s; p99 ${formatMicros(healthz.p99Micros)}`,
        },
        {
          section: "4 HTTP (workerd)",
          measure: `POST /v1/encounters/validate, mixed corpus, same load (${setting})`,
          result: `${formatCount(validation.perSecond)} req/s; p99 ${formatMicros(validation.p99Micros)}`,
        },
        {
          section: "4 HTTP (workerd)",
          measure: `validate ÷ /healthz throughput (${withDatabase ? "with D1" : "no DB"})`,
          result: `${ratio.toFixed(2)}×`,
          target: "≥ 0.8×",
          met: ratio >= 0.8,
        },
      );
      if (!withDatabase) continue;
      const batchAgent = keepAliveAgent(1);
      const first = await send(server.origin, batchAgent, batch);
      if (first.status !== 200 || first.body.toString("utf8").split("\n").length !== corpus.length + 1)
        throw new Error(`the batch answered ${first.status}`);
      const cpuBefore = server.workerdCpuSeconds();
      const batchRun = await runLoad(server.origin, batchAgent, batches, 1, () => batch);
      const cpuPerBatchMillis = ((server.workerdCpuSeconds() - cpuBefore) / batchRun.samplesMicros.length) * 1000;
      const perBatch = summarize(batchRun.samplesMicros, batchRun.elapsedMicros);
      rows.push(
        {
          section: "4 HTTP (workerd)",
          measure: `POST /v1/encounters/validate/batch, 1,000 encounters as NDJSON, ${batches} in a row`,
          result: `${formatCount((corpus.length * batchRun.samplesMicros.length * 1e6) / batchRun.elapsedMicros)} enc/s; ${formatMicros(perBatch.medianMicros)} per batch`,
        },
        {
          section: "4 HTTP (workerd)",
          measure:
            "workerd CPU time per 1,000-encounter batch (from /proc; HTTP, NDJSON and the local runtime included)",
          result: `${cpuPerBatchMillis.toFixed(0)} ms`,
          target: "< 200 ms",
          met: cpuPerBatchMillis < 200,
        },
      );
    } finally {
      await server.stop();
    }
  }
  return rows;
}

/** /healthz and single validations in alternating rounds on one server: the ratio of their throughputs is the robust number. */
export async function validateAgainstFloor(origin: string, bodies: readonly string[]) {
  const health: LoadRequest = { method: "GET", path: "/healthz" };
  const validate = (index: number): LoadRequest => ({
    method: "POST",
    path: "/v1/encounters/validate",
    body: bodies[index % bodies.length]!,
  });
  const agent = keepAliveAgent(concurrency);
  await runLoad(origin, agent, 1000, concurrency, () => health);
  await runLoad(origin, agent, 2000, concurrency, validate);
  const healthRounds: ReturnType<typeof summarize>[] = [];
  const validateRounds: ReturnType<typeof summarize>[] = [];
  const unexpected: string[] = [];
  // Alternating rounds, so both endpoints see the same machine.
  for (let round = 0; round < rounds; round += 1) {
    const floor = await runLoad(origin, agent, requestsPerRound, concurrency, () => health);
    const validated = await runLoad(origin, agent, requestsPerRound, concurrency, (index) =>
      validate(index + round * requestsPerRound),
    );
    for (const [status, count] of [...floor.statuses, ...validated.statuses])
      if (status !== 200) unexpected.push(`${count}× ${status}`);
    healthRounds.push(summarize(floor.samplesMicros, floor.elapsedMicros));
    validateRounds.push(summarize(validated.samplesMicros, validated.elapsedMicros));
  }
  agent.destroy();
  if (unexpected.length > 0) throw new Error(`unexpected answers: ${unexpected.join(", ")}`);
  return {
    healthz: middleBy(healthRounds, (round) => round.perSecond),
    validation: middleBy(validateRounds, (round) => round.perSecond),
  };
}

function middleBy<T>(values: readonly T[], key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
}
