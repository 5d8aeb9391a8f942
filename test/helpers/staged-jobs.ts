// Puts a job in place as POST /v1/jobs would (its file in R2, its record in D1) without sending
// its chunks to the queue, so a test hands the consumer each chunk message itself.
import { createExecutionContext, createMessageBatch, getQueueResult, type QueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { JobChunkPlanner, type JobChunkMessage } from "../../worker/jobs/job-chunk-plan.ts";
import { consumeJobChunks } from "../../worker/jobs/job-chunk-consumer.ts";
import type { RulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { jobInputKey } from "../../worker/storage/job-files.ts";
import { insertJob } from "../../worker/storage/job-records.ts";

/** The tenant staged jobs belong to. */
export const stagedTenant = "default";

export async function stageJob(
  ndjson: string,
  rulesetVersion: string | null = null,
  createdAt = new Date().toISOString(),
): Promise<{ id: string; messages: JobChunkMessage[] }> {
  const id = crypto.randomUUID();
  const bytes = new TextEncoder().encode(ndjson);
  const planner = new JobChunkPlanner();
  planner.push(bytes);
  const chunks = planner.finish();
  await env.JOB_FILES.put(jobInputKey(id), bytes);
  await insertJob(env.DB, {
    id,
    tenant: stagedTenant,
    rulesetVersion,
    total: planner.encounters,
    chunkCount: chunks.length,
    inputBytes: bytes.length,
    createdAt,
  });
  return { id, messages: chunks.map((chunk) => ({ jobId: id, ...chunk })) };
}

/** Delivers one chunk message as the queue would, on the given attempt, and answers what the consumer told the queue. */
export async function deliver(
  message: JobChunkMessage,
  attempts = 1,
  registry: RulesetRegistry = shippedRulesets,
): Promise<QueueResult> {
  const batch = createMessageBatch<JobChunkMessage>("claimlint-job-chunks", [
    { id: crypto.randomUUID(), timestamp: new Date(), attempts, body: message },
  ]);
  const executionContext = createExecutionContext();
  await consumeJobChunks(batch, env, registry);
  return getQueueResult(batch, executionContext);
}

/** A registry whose every lookup fails as a fault of ours would (not a problem with the input). */
export const failingRegistry: RulesetRegistry = {
  ...shippedRulesets,
  select: () => {
    throw new Error("simulated storage fault");
  },
};
