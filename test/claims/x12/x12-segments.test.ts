import { describe, expect, it } from "vitest";
import { ProblemError } from "../../../worker/errors/problem-error.ts";
import { readDelimiters, readInterchanges } from "../../../worker/claims/x12/x12-segments.ts";
import example1 from "../../fixtures/claims/tr3-example1-commercial.837?raw";
import twoClaims from "../../fixtures/claims/two-pt-claims.837?raw";

function problemOf(action: () => unknown): ProblemError {
  try {
    action();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error("expected a ProblemError");
}

describe("readInterchanges", () => {
  it("takes the element, component and segment delimiters from the ISA header", () => {
    expect(readDelimiters(example1)).toEqual({ element: "*", component: ":", repetition: "^", segment: "~" });
    const other = example1
      .replaceAll("*", "|")
      .replaceAll("~", "'")
      .replace("|^|", "|!|")
      .replace("|T|:'", "|T|>'")
      .replaceAll("HC:", "HC>")
      .replaceAll("11:B:1", "11>B>1")
      .replaceAll("BK:", "BK>")
      .replaceAll("BF:", "BF>");
    const [interchange] = readInterchanges(other);
    expect(interchange!.delimiters).toEqual({ element: "|", component: ">", repetition: "!", segment: "'" });
    expect(interchange!.transactionSets[0]!.segments.find((segment) => segment.id === "SV1")!.elements[1]).toBe(
      "HC>99213",
    );
  });

  it("numbers segments in the file (ISA = 1) and in their transaction set (ST = 1), line breaks or not", () => {
    const [interchange] = readInterchanges(example1.replaceAll("\n", ""));
    const set = interchange!.transactionSets[0]!;
    expect(set).toMatchObject({ type: "837", implementation: "005010X222A2", controlNumber: "0021" });
    expect(set.segments[0]).toMatchObject({ id: "ST", number: 3, position: 1 });
    expect(set.segments.at(-1)).toMatchObject({ id: "SE", number: 42, position: 40 });
  });

  it("reads the file written here with two claims in one transaction set", () => {
    const [interchange] = readInterchanges(twoClaims);
    expect(interchange!.transactionSets).toHaveLength(1);
    expect(interchange!.transactionSets[0]!.segments.filter((segment) => segment.id === "CLM")).toHaveLength(2);
  });

  it("refuses a body that does not start with ISA, naming segment 1", () => {
    const problem = problemOf(() => readInterchanges("GS*HC*X~"));
    expect(problem.code).toBe("malformed-x12");
    expect(problem.status).toBe(400);
    expect(problem.detail).toContain("segment 1");
  });

  it("refuses an ISA header that is not 106 characters of 16 elements", () => {
    expect(problemOf(() => readInterchanges("ISA*00*short~")).detail).toMatch(/segment 1 \(ISA\).*106 characters/);
    expect(problemOf(() => readInterchanges(example1.replace("*T*:~", "*T**:~"))).detail).toMatch(/segment 1 \(ISA\)/);
  });

  it("names the SE whose count disagrees with the segments of its transaction set", () => {
    const problem = problemOf(() => readInterchanges(example1.replace("SE*40*0021", "SE*39*0021")));
    expect(problem.detail).toContain("segment 42 (SE)");
    expect(problem.detail).toContain("SE01 says 39 segments, the transaction set has 40");
  });

  it("names the IEA whose control number does not match the ISA's", () => {
    expect(problemOf(() => readInterchanges(example1.replace("IEA*1*000000907", "IEA*1*000000908"))).detail).toContain(
      "segment 44 (IEA)",
    );
  });

  it("names where an interchange ends without its IEA", () => {
    const problem = problemOf(() => readInterchanges(example1.replace("IEA*1*000000907~", "")));
    expect(problem.detail).toContain("segment 44");
    expect(problem.detail).toContain("IEA");
  });

  it("names a segment whose identifier is not one", () => {
    expect(problemOf(() => readInterchanges(example1.replace("LX*2~", "lx*2~"))).detail).toMatch(/segment 33: "lx"/);
  });
});
