// A job's objects in R2: the uploaded NDJSON, and one NDJSON object of answers per chunk, named
// by job and chunk so that a chunk validated twice writes the same object twice, not two.

export function jobInputKey(jobId: string): string {
  return `jobs/${jobId}/input.ndjson`;
}

export function jobResultKey(jobId: string, chunk: number): string {
  // Zero-padded so a listing sorts in chunk order too.
  return `jobs/${jobId}/results/${String(chunk).padStart(7, "0")}.ndjson`;
}

/**
 * The answers of every chunk, one after another, as one stream: memory holds one chunk's
 * read at a time whatever the job's size. A missing chunk object ends the stream with an
 * error, so a reader never mistakes a cut-off file for a whole one.
 */
export function streamJobResults(bucket: R2Bucket, jobId: string, chunkCount: number): ReadableStream<Uint8Array> {
  let chunk = 0;
  let current: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (!current) {
          if (chunk === chunkCount) return controller.close();
          const object = await bucket.get(jobResultKey(jobId, chunk));
          if (!object) throw new Error(`The results of chunk ${chunk} are missing.`);
          current = object.body.getReader();
        }
        const { done, value } = await current.read();
        if (!done) return controller.enqueue(value);
        current = undefined;
        chunk += 1;
      }
    },
    async cancel(reason) {
      await current?.cancel(reason);
    },
  });
}

/** Every object of the job, the input and the results (R2 deletes at most 1,000 keys per call). */
export async function deleteJobFiles(bucket: R2Bucket, jobId: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const listing = await bucket.list({ prefix: `jobs/${jobId}/`, cursor, limit: 1000 });
    if (listing.objects.length > 0) await bucket.delete(listing.objects.map((object) => object.key));
    cursor = listing.truncated ? listing.cursor : undefined;
  } while (cursor);
}
