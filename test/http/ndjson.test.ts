import { describe, expect, it } from "vitest";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { ndjsonLines, parseNdjson, toNdjson } from "../../worker/http/ndjson.ts";

describe("ndjsonLines", () => {
  it("splits on newlines and numbers the lines from 1, with where each starts in the body", () => {
    expect(ndjsonLines('{"a":1}\n{"a":2}')).toEqual([
      { text: '{"a":1}', line: 1, offset: 0 },
      { text: '{"a":2}', line: 2, offset: 8 },
    ]);
  });

  it("skips blank lines, including the newline after the last value, but keeps counting them", () => {
    expect(ndjsonLines('{"a":1}\n\n  \n{"a":2}\n').map((entry) => entry.line)).toEqual([1, 4]);
  });

  it("finds no lines in an empty body", () => {
    expect(ndjsonLines("")).toEqual([]);
    expect(ndjsonLines("\n\n")).toEqual([]);
  });
});

describe("parseNdjson", () => {
  it("parses each line on its own, CRLF line ends included", () => {
    expect(parseNdjson('{"a":1}\r\n[2]\r\n"three"\r\n')).toEqual([
      { value: { a: 1 }, line: 1 },
      { value: [2], line: 2 },
      { value: "three", line: 3 },
    ]);
  });

  it("turns a line that is not JSON into that line's malformed-json problem and reads the lines after it", () => {
    const entries = parseNdjson('{"a":1}\n{"a":\n{"a":3}');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({ value: { a: 1 }, line: 1 });
    expect(entries[2]).toEqual({ value: { a: 3 }, line: 3 });
    const bad = entries[1]!;
    expect("problem" in bad && bad.problem).toBeInstanceOf(ProblemError);
    expect("problem" in bad && bad.problem.code).toBe("malformed-json");
    expect("problem" in bad && bad.problem.detail).toMatch(/^Line 2 is not valid JSON/);
  });

  it("does not quote the line's content in the problem, since it may be health data", () => {
    const [entry] = parseNdjson('{"patient": "Jane Doe" oops}');
    expect("problem" in entry! && entry.problem.detail).not.toContain("Jane");
  });

  it("refuses more lines than allowed before parsing any of them", () => {
    expect(() => parseNdjson("1\n2\nnot json\n", 2)).toThrow(expect.objectContaining({ code: "batch-too-large" }));
  });

  it("accepts exactly as many lines as allowed", () => {
    expect(parseNdjson("1\n2\n", 2)).toHaveLength(2);
  });
});

describe("toNdjson", () => {
  it("writes one line per value, each ending in a newline", () => {
    expect(toNdjson([{ a: 1 }, "x"])).toBe('{"a":1}\n"x"\n');
  });

  it("keeps a value with a newline inside a string on one line", () => {
    const text = toNdjson([{ note: "two\nlines" }]);
    expect(text.split("\n")).toEqual(['{"note":"two\\nlines"}', ""]);
    expect(parseNdjson(text)).toEqual([{ value: { note: "two\nlines" }, line: 1 }]);
  });

  it("writes nothing for no values", () => {
    expect(toNdjson([])).toBe("");
  });
});
