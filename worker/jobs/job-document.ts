// A job as the API shows it: progress derived from the chunks recorded as settled.
import type { Job } from "../generated/types/job.ts";
import type { JobRecord } from "../storage/job-records.ts";

export function jobDocument(record: JobRecord): Job {
  const { pass, warn, fail, problem, error } = record.counts;
  return {
    id: record.id,
    status: jobStatus(record),
    total: record.total,
    processed: pass + warn + fail + problem + error,
    counts: record.counts,
    chunks: { total: record.chunkCount, done: record.chunksDone, failed: record.chunksFailed },
    ruleset: record.rulesetVersion,
    inputBytes: record.inputBytes,
    createdAt: record.createdAt,
    completedAt: record.completedAt,
    links: { self: `/v1/jobs/${record.id}`, results: `/v1/jobs/${record.id}/results` },
  };
}

export function noCounts(): Job["counts"] {
  return { pass: 0, warn: 0, fail: 0, problem: 0, error: 0 };
}

export function isSettled(record: JobRecord): boolean {
  return record.completedAt !== null;
}

function jobStatus(record: JobRecord): Job["status"] {
  if (isSettled(record)) return record.chunksFailed > 0 ? "failed" : "completed";
  return record.chunksDone > 0 ? "running" : "queued";
}
