// Splits a job's NDJSON into chunks of 1,000 encounters while it is uploaded: each chunk is a
// byte range of the stored file, so a consumer reads exactly its own lines from R2 and
// numbers them as the file does. The plan travels in the queue messages, one per chunk.
import { ProblemError } from "../errors/problem-error.ts";
import { NdjsonLineScanner } from "./ndjson-line-scanner.ts";

export const encountersPerChunk = 1000;

/** A million encounters is a thousand chunks; the file's 100 MB limit bounds it already for real encounters. */
export const maxJobEncounters = 1_000_000;

/** One chunk to validate: the queue message body. */
export interface JobChunkMessage {
  jobId: string;
  /** 0-based chunk number; results are answered in this order. */
  chunk: number;
  /** Byte range of the chunk in the stored file: [byteStart, byteEnd). */
  byteStart: number;
  byteEnd: number;
  /** The 1-based number of the line at byteStart. */
  firstLine: number;
  /** The 0-based position of the chunk's first encounter among all of the job's. */
  firstIndex: number;
  /** Encounters (non-blank lines) in the chunk. */
  count: number;
}

export type ChunkRange = Omit<JobChunkMessage, "jobId">;

/** Feeds on the file's bytes as they stream through; `finish()` gives the chunks. */
export class JobChunkPlanner {
  readonly #starts: { byteStart: number; firstLine: number }[] = [];
  #encounters = 0;
  readonly #scanner = new NdjsonLineScanner((line) => {
    if (this.#encounters % encountersPerChunk === 0)
      this.#starts.push({ byteStart: line.start, firstLine: line.number });
    this.#encounters += 1;
    if (this.#encounters > maxJobEncounters) {
      throw new ProblemError(
        "payload-too-large",
        `A job takes at most ${maxJobEncounters.toLocaleString("en-US")} encounters; split the file.`,
      );
    }
  });

  push(bytes: Uint8Array): void {
    this.#scanner.push(bytes);
  }

  get encounters(): number {
    return this.#encounters;
  }

  finish(): ChunkRange[] {
    this.#scanner.end();
    const totalBytes = this.#scanner.offset;
    return this.#starts.map((start, chunk) => {
      const firstIndex = chunk * encountersPerChunk;
      return {
        chunk,
        byteStart: start.byteStart,
        byteEnd: this.#starts[chunk + 1]?.byteStart ?? totalBytes,
        firstLine: start.firstLine,
        firstIndex,
        count: Math.min(encountersPerChunk, this.#encounters - firstIndex),
      };
    });
  }
}
