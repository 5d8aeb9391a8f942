import { describe, expect, it } from "vitest";
import { problemTypes } from "../../worker/errors/problem-types.ts";
import { problemResponses } from "../../worker/openapi/problem-responses.ts";

describe("problemResponses", () => {
  it("gives one response per status, naming each code that answers with it", () => {
    const responses = problemResponses("schema-violation", "malformed-json", "no-ruleset-for-date");
    expect(Object.keys(responses)).toEqual(["400", "422"]);
    expect(responses["422"]!.description).toContain("`schema-violation`");
    expect(responses["422"]!.description).toContain("`no-ruleset-for-date`");
    expect(responses["422"]!.description).toContain("/problems/schema-violation");
  });

  it("answers application/problem+json with the Problem schema and an example per code", () => {
    const media = problemResponses("not-found")["404"]!.content!["application/problem+json"]!;
    expect(media.schema).toEqual({ $ref: "https://claimlint.dev/schemas/problem.schema.json" });
    expect(media.examples!["not-found"]!.value).toMatchObject({
      type: "/problems/not-found",
      status: 404,
      code: "not-found",
      title: problemTypes["not-found"].title,
    });
  });

  it("documents the Allow header on a 405", () => {
    expect(problemResponses("method-not-allowed")["405"]!.headers).toHaveProperty("Allow");
    expect(problemResponses("not-found")["404"]!.headers).toBeUndefined();
  });
});
