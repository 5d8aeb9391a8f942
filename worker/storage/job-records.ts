// Jobs in D1: one row per job, one per settled chunk. Progress is always derived from the chunk
// rows, and a chunk row is written once (its key is job + chunk), so a chunk the queue delivers
// twice is never counted twice.
import type { Job } from "../generated/types/job.ts";

export interface NewJob {
  id: string;
  /** The tenant of the API key that submitted it: only that tenant's keys find it. */
  tenant: string;
  rulesetVersion: string | null;
  total: number;
  chunkCount: number;
  inputBytes: number;
  createdAt: string;
}

export interface JobRecord extends NewJob {
  completedAt: string | null;
  chunksDone: number;
  chunksFailed: number;
  counts: Job["counts"];
}

export interface ChunkOutcome {
  outcome: "validated" | "failed";
  counts: Job["counts"];
}

interface JobRow {
  id: string;
  tenant: string;
  ruleset_version: string | null;
  total: number;
  chunk_count: number;
  input_bytes: number;
  created_at: string;
  completed_at: string | null;
  chunks_done: number;
  chunks_failed: number;
  pass_count: number;
  warn_count: number;
  fail_count: number;
  problem_count: number;
  error_count: number;
}

export async function insertJob(db: D1Database, job: NewJob): Promise<void> {
  await db
    .prepare(
      `INSERT INTO jobs (id, tenant, ruleset_version, total, chunk_count, input_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(job.id, job.tenant, job.rulesetVersion, job.total, job.chunkCount, job.inputBytes, job.createdAt)
    .run();
}

/** The tenant's job; another tenant's job is not found, exactly like one that never existed. */
export async function findJob(db: D1Database, tenant: string, id: string): Promise<JobRecord | undefined> {
  const row = await db
    .prepare(
      `SELECT j.id, j.tenant, j.ruleset_version, j.total, j.chunk_count, j.input_bytes, j.created_at, j.completed_at,
              count(c.chunk) AS chunks_done,
              coalesce(sum(c.outcome = 'failed'), 0) AS chunks_failed,
              coalesce(sum(c.pass_count), 0) AS pass_count,
              coalesce(sum(c.warn_count), 0) AS warn_count,
              coalesce(sum(c.fail_count), 0) AS fail_count,
              coalesce(sum(c.problem_count), 0) AS problem_count,
              coalesce(sum(c.error_count), 0) AS error_count
         FROM jobs j LEFT JOIN job_chunks c ON c.job_id = j.id
        WHERE j.id = ? AND j.tenant = ?
        GROUP BY j.id`,
    )
    .bind(id, tenant)
    .first<JobRow>();
  return row ? fromRow(row) : undefined;
}

/** What a chunk consumer needs of its job; undefined once the job is deleted. */
export async function findJobSettings(
  db: D1Database,
  id: string,
): Promise<{ rulesetVersion: string | null; tenant: string } | undefined> {
  const row = await db
    .prepare(`SELECT ruleset_version, tenant FROM jobs WHERE id = ?`)
    .bind(id)
    .first<{ ruleset_version: string | null; tenant: string }>();
  return row ? { rulesetVersion: row.ruleset_version, tenant: row.tenant } : undefined;
}

export async function isChunkSettled(db: D1Database, jobId: string, chunk: number): Promise<boolean> {
  const row = await db
    .prepare(`SELECT 1 AS settled FROM job_chunks WHERE job_id = ? AND chunk = ?`)
    .bind(jobId, chunk)
    .first();
  return row !== null;
}

/**
 * Records a settled chunk once, and in the same transaction marks the job complete when it was
 * the last. Answers whether this call completed the job (only one call ever does).
 * `beforeRecording` run first in that transaction: statements that must count only for the
 * call that records the chunk guard themselves on its row not being there yet (release-shadow.ts).
 */
export async function recordChunk(
  db: D1Database,
  jobId: string,
  chunk: number,
  settled: ChunkOutcome,
  at: string,
  beforeRecording: readonly D1PreparedStatement[] = [],
): Promise<{ completedJob: boolean }> {
  const { pass, warn, fail, problem, error } = settled.counts;
  const results = await db.batch([
    ...beforeRecording,
    db
      .prepare(
        `INSERT INTO job_chunks (job_id, chunk, outcome, pass_count, warn_count, fail_count, problem_count, error_count, completed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, chunk) DO NOTHING`,
      )
      .bind(jobId, chunk, settled.outcome, pass, warn, fail, problem, error, at),
    db
      .prepare(
        `UPDATE jobs SET completed_at = ?2
          WHERE id = ?1 AND completed_at IS NULL AND chunk_count = (SELECT count(*) FROM job_chunks WHERE job_id = ?1)`,
      )
      .bind(jobId, at),
  ]);
  return { completedJob: (results.at(-1)?.meta.changes ?? 0) > 0 };
}

/** Jobs created before the cutoff, oldest first, at most `limit` of them (the retention cron's work list). */
export async function listJobsCreatedBefore(db: D1Database, cutoff: string, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare(`SELECT id FROM jobs WHERE created_at < ? ORDER BY created_at LIMIT ?`)
    .bind(cutoff, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

export async function deleteJobRecords(db: D1Database, id: string): Promise<void> {
  await db.batch([
    db.prepare(`DELETE FROM job_chunks WHERE job_id = ?`).bind(id),
    db.prepare(`DELETE FROM jobs WHERE id = ?`).bind(id),
  ]);
}

function fromRow(row: JobRow): JobRecord {
  return {
    id: row.id,
    tenant: row.tenant,
    rulesetVersion: row.ruleset_version,
    total: row.total,
    chunkCount: row.chunk_count,
    inputBytes: row.input_bytes,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    chunksDone: row.chunks_done,
    chunksFailed: row.chunks_failed,
    counts: {
      pass: row.pass_count,
      warn: row.warn_count,
      fail: row.fail_count,
      problem: row.problem_count,
      error: row.error_count,
    },
  };
}
