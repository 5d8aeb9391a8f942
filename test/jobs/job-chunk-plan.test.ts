import { describe, expect, it } from "vitest";
import { JobChunkPlanner, encountersPerChunk, maxJobEncounters } from "../../worker/jobs/job-chunk-plan.ts";
import { NdjsonLineScanner, type ScannedLine } from "../../worker/jobs/ndjson-line-scanner.ts";

const encoder = new TextEncoder();

/** Feeds the text in pieces of `pieceSize` bytes, as a network stream would. */
function scan(text: string, pieceSize: number, collectUpTo?: number): ScannedLine[] {
  const lines: ScannedLine[] = [];
  const scanner = new NdjsonLineScanner((line) => lines.push(line), { collectUpTo });
  const bytes = encoder.encode(text);
  for (let start = 0; start < bytes.length; start += pieceSize) scanner.push(bytes.subarray(start, start + pieceSize));
  scanner.end();
  return lines;
}

function plan(text: string, pieceSize = 7) {
  const planner = new JobChunkPlanner();
  const bytes = encoder.encode(text);
  for (let start = 0; start < bytes.length; start += pieceSize) planner.push(bytes.subarray(start, start + pieceSize));
  return { chunks: planner.finish(), encounters: planner.encounters };
}

describe("NdjsonLineScanner", () => {
  it("finds the same lines, numbers and offsets whatever the pieces the bytes arrive in", () => {
    const text = '{"a":1}\n\n  \r\n{"b":"é"}\r\n{"c":3}';
    const whole = scan(text, 1000, 100);
    expect(whole.map(({ number, start, length }) => ({ number, start, length }))).toEqual([
      { number: 1, start: 0, length: 7 },
      { number: 4, start: 13, length: 11 },
      { number: 5, start: 25, length: 7 },
    ]);
    for (const pieceSize of [1, 2, 3, 5]) expect(scan(text, pieceSize, 100)).toEqual(whole);
    expect(new TextDecoder().decode(whole[1]!.bytes)).toBe('{"b":"é"}\r');
  });

  it("skips blank lines, a UTF-8 byte order mark at the start and a final newline", () => {
    expect(scan("\uFEFF\n \t\n{}\n\n", 2).map((line) => line.number)).toEqual([3]);
    expect(scan("\uFEFF{}", 1).map((line) => line.start)).toEqual([0]);
  });

  it("reports a line over the limit without its bytes, and the next one whole", () => {
    const [long, short] = scan(`${"x".repeat(50)}\n{}`, 8, 20);
    expect(long).toMatchObject({ number: 1, length: 50 });
    expect(long!.bytes).toBeUndefined();
    expect(new TextDecoder().decode(short!.bytes)).toBe("{}");
  });
});

describe("JobChunkPlanner", () => {
  const lines = (count: number) => Array.from({ length: count }, (_, index) => `{"n":${index}}`);

  it("cuts chunks of 1,000 encounters at the byte where each chunk's first line starts", () => {
    const text = `${lines(2 * encountersPerChunk + 1).join("\n")}\n`;
    const { chunks, encounters } = plan(text, 4096);
    expect(encounters).toBe(2001);
    expect(chunks.map(({ chunk, firstIndex, count, firstLine }) => ({ chunk, firstIndex, count, firstLine }))).toEqual([
      { chunk: 0, firstIndex: 0, count: 1000, firstLine: 1 },
      { chunk: 1, firstIndex: 1000, count: 1000, firstLine: 1001 },
      { chunk: 2, firstIndex: 2000, count: 1, firstLine: 2001 },
    ]);
    const bytes = encoder.encode(text);
    const decode = (start: number, end: number) => new TextDecoder().decode(bytes.subarray(start, end));
    expect(decode(chunks[1]!.byteStart, chunks[1]!.byteEnd).startsWith('{"n":1000}\n')).toBe(true);
    expect(chunks[0]!.byteEnd).toBe(chunks[1]!.byteStart);
    expect(chunks[2]!.byteEnd).toBe(bytes.length);
  });

  it("counts blank lines in line numbers, never as encounters, and starts no chunk for trailing blanks", () => {
    const text = `\n\n${lines(1000).join("\n\n")}\n\n\n`;
    const { chunks, encounters } = plan(text);
    expect(encounters).toBe(1000);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ firstLine: 3, byteStart: 2, count: 1000 });
  });

  it("plans nothing for a file of blank lines", () => {
    expect(plan("\n \n\r\n").chunks).toEqual([]);
  });

  it(`refuses a file of more than ${maxJobEncounters} encounters as it streams`, () => {
    const planner = new JobChunkPlanner();
    const million = encoder.encode("{}\n".repeat(maxJobEncounters));
    planner.push(million);
    expect(() => planner.push(encoder.encode("{}\n"))).toThrow(/at most 1,000,000 encounters/);
  });
});
