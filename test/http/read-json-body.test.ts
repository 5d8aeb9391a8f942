import { describe, expect, it } from "vitest";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { mediaTypeOf, parseJson, readBodyText, readJsonBody } from "../../worker/http/read-json-body.ts";

const request = (body: string, contentType = "application/json") =>
  new Request("http://claimlint.test/", { method: "POST", headers: { "content-type": contentType }, body });

async function problemCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).code;
}

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(request('{"a":1}'))).toEqual({ a: 1 });
  });

  it("accepts a charset parameter on the media type", async () => {
    expect(await readJsonBody(request("[]", "application/json; charset=utf-8"))).toEqual([]);
  });

  it("refuses another media type with unsupported-media-type", async () => {
    expect(await problemCode(readJsonBody(request("{}", "text/plain")))).toBe("unsupported-media-type");
  });

  it("refuses a body over the limit while streaming it", async () => {
    expect(await problemCode(readJsonBody(request("x".repeat(20)), { limitBytes: 10 }))).toBe("payload-too-large");
  });

  it("refuses an empty body as malformed JSON", async () => {
    expect(await problemCode(readJsonBody(request("")))).toBe("malformed-json");
  });

  it("refuses bytes that are not UTF-8", async () => {
    const body = new Uint8Array([0x7b, 0xff, 0x7d]);
    const invalid = new Request("http://claimlint.test/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(await problemCode(readBodyText(invalid))).toBe("malformed-json");
  });
});

describe("parseJson", () => {
  it("says where the JSON breaks without quoting the body back", () => {
    try {
      parseJson('{"patient": "Jane Doe" oops}');
      expect.unreachable();
    } catch (error) {
      expect((error as ProblemError).code).toBe("malformed-json");
      expect((error as ProblemError).detail).not.toContain("Jane Doe");
    }
  });
});

describe("mediaTypeOf", () => {
  it("lower-cases and drops parameters", () => {
    expect(mediaTypeOf(request("{}", "Application/JSON; charset=UTF-8"))).toBe("application/json");
  });
});

describe("parseJson's answer to text that is not JSON", () => {
  const problemFor = (text: string) => {
    try {
      parseJson(text);
    } catch (error) {
      return error as ProblemError;
    }
    throw new Error("expected malformed-json");
  };

  it("gives line, column and offset instead of quoting the text", () => {
    const problem = problemFor('{\n  "a": [1, 2,, 3]\n}');
    expect(problem.extensions.position).toEqual({ line: 2, column: 14, offset: 15 });
    expect(problem.detail).toBe("The body is not valid JSON: expected a value at line 2, column 14 (offset 15).");
  });

  it("places an unterminated body at its end", () => {
    expect(problemFor('{"a": "secret').extensions.position).toMatchObject({ line: 1 });
    expect(problemFor('{"a": "secret').detail).not.toContain("secret");
  });
});
