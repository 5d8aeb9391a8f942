// Reads a batch of encounters: a JSON array (application/json) or NDJSON, one encounter
// per line (application/x-ndjson). A line that does not parse stays in the batch as that
// line's problem; only a body that is not a batch at all, or too big, fails the request.
import { ProblemError } from "../errors/problem-error.ts";
import { ndjsonMediaType, parseNdjson, type NdjsonEntry } from "./ndjson.ts";
import { mediaTypeOf, parseJson, readBodyText } from "./read-json-body.ts";

export const maxBatchEncounters = 1000;

/**
 * 1,000 encounters at the schema's limits (50 services, each with minutes, units, four
 * modifiers and an 80-character description) take about 9.5 MB as compact JSON; 12 MiB
 * leaves room for indentation without letting one request hold the isolate's memory.
 */
export const batchBodyLimitBytes = 12 * 1024 * 1024;

/** One encounter of the batch as read: its body, or why it could not be read; `line` for NDJSON. */
export type BatchEntry = { value: unknown; line?: number } | { problem: ProblemError; line?: number };

export async function readBatchBody(request: Request): Promise<BatchEntry[]> {
  const text = await readBodyText(request, {
    limitBytes: batchBodyLimitBytes,
    mediaTypes: ["application/json", ndjsonMediaType],
  });
  if (mediaTypeOf(request) === ndjsonMediaType) return parseNdjson(text, maxBatchEncounters) satisfies NdjsonEntry[];
  const body = parseJson(text);
  if (!Array.isArray(body)) {
    throw new ProblemError(
      "invalid-batch",
      "Send the batch as a JSON array of encounters, or as application/x-ndjson with one encounter per line.",
    );
  }
  if (body.length > maxBatchEncounters) {
    throw new ProblemError(
      "batch-too-large",
      `The batch holds ${body.length} encounters; send at most ${maxBatchEncounters} per request.`,
    );
  }
  return body.map((value) => ({ value }));
}
