// Validates one chunk of a job: its lines are read from the stored file as a stream and
// answered one by one, as the batch route answers its lines, so memory holds one encounter and
// the chunk's answers, never the chunk's input. The answers are NDJSON in the file's order.
import { ProblemError } from "../errors/problem-error.ts";
import type { Job } from "../generated/types/job.ts";
import { parseNdjsonLine } from "../http/ndjson.ts";
import { defaultBodyLimitBytes } from "../http/read-json-body.ts";
import type { BatchEntry } from "../http/read-batch-body.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { lineProblem, validateBatchEntry, type BatchOptions } from "../validation/validate-batch.ts";
import type { ChunkRange } from "./job-chunk-plan.ts";
import type { ChunkShadowSample } from "./job-chunk-shadow.ts";
import { noCounts } from "./job-document.ts";
import { NdjsonLineScanner, type ScannedLine } from "./ndjson-line-scanner.ts";

export interface ChunkAnswers {
  /** One NDJSON line per encounter of the chunk, in order. */
  ndjson: string;
  counts: Job["counts"];
}

/** `bytes` is the chunk's byte range of the file, as R2 answers a ranged read; `shadow` also
 * compares its sample of the encounters with the releases in shadow, as each is answered. */
export async function validateJobChunk(
  chunk: ChunkRange,
  bytes: ReadableStream<Uint8Array>,
  registry: RulesetRegistry,
  options: BatchOptions,
  shadow?: ChunkShadowSample,
): Promise<ChunkAnswers> {
  const answers: ChunkAnswers = { ndjson: "", counts: noCounts() };
  let answered = 0;
  for await (const line of chunkLines(chunk, bytes)) {
    const entry = entryOf(line);
    const answer = await validateBatchEntry(entry, chunk.firstIndex + answered, registry, options);
    if (shadow && "value" in entry) await shadow.observe(entry.value, answer, answered);
    answers.ndjson += `${JSON.stringify(answer)}\n`;
    answers.counts["encounterId" in answer ? answer.status : "problem"] += 1;
    answered += 1;
  }
  // The plan was made from the same bytes; a different count means the stored file changed.
  if (answered !== chunk.count)
    throw new Error(`Chunk ${chunk.chunk} holds ${answered} encounters, not the ${chunk.count} planned.`);
  return answers;
}

/** Answers for a chunk given up on: every encounter gets an internal-error problem at its index. */
export function failedChunkAnswers(chunk: ChunkRange, instance: string): ChunkAnswers {
  const problem = new ProblemError(
    "internal-error",
    "This encounter's part of the job kept failing on our side and was not validated; send it again in a new job.",
  );
  let ndjson = "";
  for (let offset = 0; offset < chunk.count; offset += 1)
    ndjson += `${JSON.stringify(lineProblem(problem, instance, chunk.firstIndex + offset, undefined))}\n`;
  return { ndjson, counts: { ...noCounts(), error: chunk.count } };
}

function entryOf(line: ScannedLine): BatchEntry {
  if (!line.bytes) {
    return {
      problem: new ProblemError(
        "payload-too-large",
        `Line ${line.number} is ${line.length} bytes, over the limit of ${defaultBodyLimitBytes} bytes for one encounter.`,
      ),
      line: line.number,
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(line.bytes);
  } catch {
    return {
      problem: new ProblemError("malformed-json", `Line ${line.number} is not valid UTF-8.`),
      line: line.number,
    };
  }
  return parseNdjsonLine(text, line.number);
}

async function* chunkLines(chunk: ChunkRange, bytes: ReadableStream<Uint8Array>): AsyncGenerator<ScannedLine> {
  const pending: ScannedLine[] = [];
  const scanner = new NdjsonLineScanner((line) => pending.push(line), {
    startOffset: chunk.byteStart,
    firstLineNumber: chunk.firstLine,
    collectUpTo: defaultBodyLimitBytes,
  });
  const reader = bytes.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) scanner.end();
      else scanner.push(value);
      yield* pending.splice(0);
      if (done) return;
    }
  } finally {
    // Not cancel(): workerd logs a cancelled R2 read as an exception; an unread body is simply dropped.
    reader.releaseLock();
  }
}
