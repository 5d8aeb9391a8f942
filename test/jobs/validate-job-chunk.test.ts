import { describe, expect, it } from "vitest";
import { encountersPerChunk, JobChunkPlanner } from "../../worker/jobs/job-chunk-plan.ts";
import { failedChunkAnswers, validateJobChunk } from "../../worker/jobs/validate-job-chunk.ts";
import { defaultBodyLimitBytes } from "../../worker/http/read-json-body.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const options = { instance: "/v1/jobs/test" };

/** The file's chunks, each with its bytes as a stream in small pieces, as R2 answers a ranged read. */
function chunksOf(bytes: Uint8Array) {
  const planner = new JobChunkPlanner();
  planner.push(bytes);
  return planner.finish().map((chunk) => {
    const range = bytes.subarray(chunk.byteStart, chunk.byteEnd);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < range.length; start += 4096) controller.enqueue(range.slice(start, start + 4096));
        controller.close();
      },
    });
    return { chunk, stream };
  });
}

function lines(answers: string): any[] {
  return answers
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("validateJobChunk", () => {
  it("answers the second chunk's encounters with their indexes and line numbers in the whole file", async () => {
    const encounter = (index: number) =>
      JSON.stringify(encounterWith([timed("97110", 30)], { encounterId: `enc-${index}` }));
    const text = [
      "",
      ...Array.from({ length: encountersPerChunk }, (_, index) => encounter(index)),
      "",
      "{oops",
      encounter(1001),
    ].join("\n");
    const [, second] = chunksOf(new TextEncoder().encode(text));
    const answers = await validateJobChunk(second!.chunk, second!.stream, shippedRulesets, options);
    const [unreadable, last] = lines(answers.ndjson);
    expect(unreadable).toMatchObject({ code: "malformed-json", index: 1000, line: 1003, instance: "/v1/jobs/test" });
    expect(last).toMatchObject({ encounterId: "enc-1001", status: "pass" });
    expect(answers.counts).toEqual({ pass: 1, warn: 0, fail: 0, problem: 1, error: 0 });
  });

  it("answers a line over 256 KiB and a line that is not UTF-8 with their problems, without reading them as encounters", async () => {
    const oversized = new TextEncoder().encode(`{"encounterId":"${"x".repeat(defaultBodyLimitBytes)}"}\n`);
    const notUtf8 = Uint8Array.of(0x7b, 0xff, 0x7d, 0x0a);
    const [only] = chunksOf(new Uint8Array([...oversized, ...notUtf8]));
    const [tooLarge, undecodable] = lines(
      (await validateJobChunk(only!.chunk, only!.stream, shippedRulesets, options)).ndjson,
    );
    expect(tooLarge).toMatchObject({ code: "payload-too-large", index: 0, line: 1 });
    expect(undecodable).toMatchObject({
      code: "malformed-json",
      index: 1,
      line: 2,
      detail: "Line 2 is not valid UTF-8.",
    });
  });

  it("refuses a chunk whose bytes no longer hold the encounters planned", async () => {
    const [only] = chunksOf(new TextEncoder().encode("{}\n{}\n"));
    await expect(
      validateJobChunk({ ...only!.chunk, count: 3 }, only!.stream, shippedRulesets, options),
    ).rejects.toThrow(/holds 2 encounters, not the 3 planned/);
  });
});

describe("failedChunkAnswers", () => {
  it("answers every encounter of the chunk with an internal-error problem at its index", () => {
    const answers = failedChunkAnswers(
      { chunk: 3, byteStart: 0, byteEnd: 10, firstLine: 1, firstIndex: 3000, count: 2 },
      "/v1/jobs/test",
    );
    expect(lines(answers.ndjson).map((line) => [line.code, line.index])).toEqual([
      ["internal-error", 3000],
      ["internal-error", 3001],
    ]);
    expect(answers.counts.error).toBe(2);
  });
});
