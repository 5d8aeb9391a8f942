import { describe, expect, it } from "vitest";
import {
  decodeSortedCodes,
  encodeCodeSet,
  encodeSortedCodes,
  splitCodeSetCategories,
} from "../../worker/rules/code-set-encoding.ts";

describe("encodeSortedCodes", () => {
  it("writes each code as the characters it shares with the one before and the rest", () => {
    expect(encodeSortedCodes(["A000", "A001", "A009", "A0100"])).toBe("0A000 31 39 2100");
  });

  it("decodes back to the same codes, an empty first one included", () => {
    const codes = ["", "0", "1", "10", "101", "2X1A"];
    expect(decodeSortedCodes(encodeSortedCodes(codes))).toEqual(codes);
    expect(decodeSortedCodes("")).toEqual([]);
  });

  it("refuses codes out of order or repeated", () => {
    expect(() => encodeSortedCodes(["A001", "A000"])).toThrow(/ascending/);
    expect(() => encodeSortedCodes(["A001", "A001"])).toThrow(/ascending/);
  });
});

describe("encodeCodeSet", () => {
  it("groups codes by 3-character category, a billable category (I10) included", () => {
    const encoded = encodeCodeSet(["I10", "M5450", "M5451", "M5459", "M549"]);
    expect(encoded).toBe("I100|M54050 11 19 09");
    const categories = splitCodeSetCategories(encoded);
    expect([...categories.keys()]).toEqual(["I10", "M54"]);
    expect(decodeSortedCodes(categories.get("M54")!)).toEqual(["50", "51", "59", "9"]);
    expect(decodeSortedCodes(categories.get("I10")!)).toEqual([""]);
  });
});
