// The queue consumer: settles each chunk message once. A chunk is validated (and a sample of it
// compared with the releases in shadow, job-chunk-shadow.ts), its answers written to R2 under
// job + chunk, then recorded in D1 with its shadow counts; a delivery of a chunk already recorded
// is acknowledged without work, so retries and duplicate deliveries never count twice. A chunk
// that keeps failing is given up on its last attempt: its encounters are answered with an
// internal-error problem, so the job still finishes and says what happened.
import type { Env } from "../env.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { jobInputKey, jobResultKey } from "../storage/job-files.ts";
import { findJobSettings, isChunkSettled, recordChunk } from "../storage/job-records.ts";
import { shadowStatements } from "../storage/release-shadow.ts";
import type { JobChunkMessage } from "./job-chunk-plan.ts";
import { chunkShadowSample, type ChunkShadowCounts } from "./job-chunk-shadow.ts";
import { failedChunkAnswers, validateJobChunk, type ChunkAnswers } from "./validate-job-chunk.ts";

/** The attempt on which a failing chunk is given up (wrangler.toml's max_retries is only a backstop). */
export const attemptsPerChunk = 5;

export async function consumeJobChunks(
  batch: MessageBatch<JobChunkMessage>,
  env: Env,
  given?: RulesetRegistry,
): Promise<void> {
  const registry = given ?? (await currentRulesets(env));
  for (const message of batch.messages) {
    const finalAttempt = message.attempts >= attemptsPerChunk;
    try {
      await settleChunk(message.body, env, registry);
      message.ack();
    } catch (error) {
      logChunkFailure(message.body, message.attempts, error);
      if (finalAttempt && (await giveUpChunk(message.body, env))) message.ack();
      // Backs off 2, 4, 8, 16 s: a passing fault (R2 or D1 busy) has time to clear.
      else message.retry({ delaySeconds: 2 ** Math.min(message.attempts, 6) });
    }
  }
}

export function jobInstance(jobId: string): string {
  return `/v1/jobs/${jobId}`;
}

async function settleChunk(chunk: JobChunkMessage, env: Env, registry: RulesetRegistry): Promise<void> {
  const job = await findJobSettings(env.DB, chunk.jobId);
  if (!job) {
    // The job was deleted meanwhile: drop the message and whatever an earlier attempt wrote.
    await env.JOB_FILES.delete(jobResultKey(chunk.jobId, chunk.chunk));
    return;
  }
  if (await isChunkSettled(env.DB, chunk.jobId, chunk.chunk)) return;
  const input = await env.JOB_FILES.get(jobInputKey(chunk.jobId), {
    range: { offset: chunk.byteStart, length: chunk.byteEnd - chunk.byteStart },
  });
  if (!input) throw new Error("The job's input file is missing.");
  const options = { instance: jobInstance(chunk.jobId), pinnedVersion: job.rulesetVersion ?? undefined };
  const shadow = chunkShadowSample(registry, job.tenant, chunk.count, options.pinnedVersion);
  const answers = await validateJobChunk(chunk, input.body, registry, options, shadow);
  await storeAnswers(chunk, "validated", answers, env, shadow?.counts());
}

/** True when the chunk is now settled as failed; false when even that could not be stored. */
async function giveUpChunk(chunk: JobChunkMessage, env: Env): Promise<boolean> {
  try {
    if (!(await findJobSettings(env.DB, chunk.jobId))) return true;
    await storeAnswers(chunk, "failed", failedChunkAnswers(chunk, jobInstance(chunk.jobId)), env);
    return true;
  } catch (error) {
    logChunkFailure(chunk, "giving up", error);
    return false;
  }
}

async function storeAnswers(
  chunk: JobChunkMessage,
  outcome: "validated" | "failed",
  answers: ChunkAnswers,
  env: Env,
  shadow?: ChunkShadowCounts,
): Promise<void> {
  // The answers first: once the chunk is recorded, its results must be readable.
  await env.JOB_FILES.put(jobResultKey(chunk.jobId, chunk.chunk), answers.ndjson, {
    httpMetadata: { contentType: "application/x-ndjson" },
  });
  const at = new Date().toISOString();
  // The shadow counts go in with the chunk's record, in its transaction, only by the delivery that records it.
  const shadowCounts = shadow
    ? shadowStatements(env.DB, shadow.comparisons, shadow.samples, at, { jobId: chunk.jobId, chunk: chunk.chunk })
    : [];
  const { completedJob } = await recordChunk(
    env.DB,
    chunk.jobId,
    chunk.chunk,
    { outcome, counts: answers.counts },
    at,
    shadowCounts,
  );
  // The input is health data no longer needed once every chunk is answered.
  if (completedJob)
    await env.JOB_FILES.delete(jobInputKey(chunk.jobId)).catch((error: unknown) =>
      logChunkFailure(chunk, "deleting the input", error),
    );
}

function logChunkFailure(chunk: JobChunkMessage, attempt: number | string, error: unknown): void {
  // Names and ids only: a message could quote an encounter.
  const name = error instanceof Error ? error.name : "Error";
  console.warn(
    JSON.stringify({
      level: "warn",
      event: "job-chunk-failed",
      jobId: chunk.jobId,
      chunk: chunk.chunk,
      attempt,
      error: name,
    }),
  );
}
