// Accepts a job: the NDJSON body streams straight into R2 (never held whole in memory) while
// its lines are counted and cut into chunks of 1,000; then the job is recorded and one queue
// message per chunk is sent. Whatever fails on the way leaves nothing behind.
import { ProblemError } from "../errors/problem-error.ts";
import { ndjsonMediaType } from "../http/ndjson.ts";
import { deleteJobFiles, jobInputKey } from "../storage/job-files.ts";
import { deleteJobRecords, insertJob, type JobRecord, type NewJob } from "../storage/job-records.ts";
import { JobChunkPlanner, type JobChunkMessage } from "./job-chunk-plan.ts";
import { noCounts } from "./job-document.ts";

/** Cloudflare accepts request bodies up to 100 MB on every plan. */
export const maxJobBytes = 100_000_000;

/** Queues take at most 100 messages per sendBatch call. */
const messagesPerSend = 100;

export interface JobBindings {
  db: D1Database;
  bucket: R2Bucket;
  queue: Queue<JobChunkMessage>;
}

export interface JobUpload {
  body: ReadableStream<Uint8Array> | null;
  /** The request's Content-Length: R2 stores a stream of known length. */
  contentLength: number;
  pinnedVersion?: string;
  /** The submitting API key's tenant, who alone may read the job. */
  tenant: string;
}

export async function submitJob(
  upload: JobUpload,
  bindings: JobBindings,
  id = crypto.randomUUID(),
  now = new Date(),
): Promise<JobRecord> {
  const planner = new JobChunkPlanner();
  await storeInput(upload, bindings.bucket, id, planner);
  const chunks = planner.finish();
  if (chunks.length === 0) {
    await deleteJobFiles(bindings.bucket, id);
    throw new ProblemError("invalid-batch", "The file holds no encounters: send NDJSON with one encounter per line.");
  }
  const job: NewJob = {
    id,
    tenant: upload.tenant,
    rulesetVersion: upload.pinnedVersion ?? null,
    total: planner.encounters,
    chunkCount: chunks.length,
    inputBytes: upload.contentLength,
    createdAt: now.toISOString(),
  };
  try {
    await insertJob(bindings.db, job);
    for (let start = 0; start < chunks.length; start += messagesPerSend) {
      await bindings.queue.sendBatch(
        chunks
          .slice(start, start + messagesPerSend)
          .map((chunk) => ({ body: { jobId: id, ...chunk }, contentType: "json" })),
      );
    }
  } catch (error) {
    // Chunks already sent find no job and are dropped by the consumer.
    await Promise.allSettled([deleteJobRecords(bindings.db, id), deleteJobFiles(bindings.bucket, id)]);
    logFailure("job-not-queued", error);
    throw new ProblemError(
      "service-unavailable",
      "The job could not be queued, and nothing of it was kept; send it again.",
      { headers: { "retry-after": "30" } },
    );
  }
  return { ...job, completedAt: null, chunksDone: 0, chunksFailed: 0, counts: noCounts() };
}

async function storeInput(upload: JobUpload, bucket: R2Bucket, id: string, planner: JobChunkPlanner): Promise<void> {
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(bytes, controller) {
      planner.push(bytes);
      controller.enqueue(bytes);
    },
  });
  // A stream of declared length, which R2 needs; it also fails if the body ends short or runs long.
  const sized = new FixedLengthStream(upload.contentLength);
  const body = upload.body ?? new ReadableStream({ start: (controller) => controller.close() });
  const [read, stored] = await Promise.allSettled([
    body.pipeThrough(counted).pipeTo(sized.writable),
    bucket.put(jobInputKey(id), sized.readable, { httpMetadata: { contentType: ndjsonMediaType } }),
  ]);
  if (read.status === "fulfilled" && stored.status === "fulfilled") return;
  await deleteJobFiles(bucket, id).catch(() => undefined);
  if (read.status === "rejected") {
    if (read.reason instanceof ProblemError) throw read.reason;
    throw new ProblemError(
      "invalid-request",
      `The upload ended before the ${upload.contentLength} bytes its Content-Length declared, or ran past them; send the file again.`,
    );
  }
  throw (stored as PromiseRejectedResult).reason;
}

function logFailure(event: string, error: unknown): void {
  const name = error instanceof Error ? error.name : "Error";
  console.error(JSON.stringify({ level: "error", event, error: name }));
}
