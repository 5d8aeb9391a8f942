import { describe, expect, it } from "vitest";
import { x12EncodingError } from "../../../worker/claims/x12/x12-encoding-error.ts";
import { readInterchanges } from "../../../worker/claims/x12/x12-segments.ts";
import twoClaims from "../../fixtures/claims/two-pt-claims.837?raw";

/** The text as Windows-1252 / ISO-8859-1 would save it: one byte per character (all here are below 256). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

describe("x12EncodingError", () => {
  it("names the segment and the byte where a Windows-1252 file stops being UTF-8", () => {
    const withAccent = twoClaims.replace("NM1*IL*1*DOE*JANE", "NM1*IL*1*DOE*JOSÉ");
    const segment = readInterchanges(withAccent)[0]!.transactionSets[0]!.segments.find((candidate) =>
      candidate.elements.includes("JOSÉ"),
    )!;
    const problem = x12EncodingError(latin1(withAccent));
    expect(problem.code).toBe("malformed-x12");
    expect(problem.message).toContain(`segment ${segment.number} (NM1)`);
    expect(problem.message).toContain(`byte ${withAccent.indexOf("É")} of the body is not UTF-8`);
  });

  it("names segment 1 (ISA) for a bad byte inside the fixed-width header", () => {
    const problem = x12EncodingError(latin1(twoClaims.replace("ISA*00*  ", "ISA*00*É ")));
    expect(problem.message).toContain("segment 1 (ISA)");
    expect(problem.message).toContain("byte 7 ");
  });

  it("counts the segment a bad byte starts, even right after a terminator and a line break", () => {
    const problem = x12EncodingError(latin1(twoClaims.replace("GS*", "ÿGS*")));
    expect(problem.message).toContain("segment 2:");
  });
});
