import { describe, expect, it } from "vitest";
import { hasValidNpiCheckDigit, npiCheckDigit, npiProblems } from "../../worker/rules/npi.ts";

describe("npiCheckDigit", () => {
  it("computes 3 for 123456789, the CMS worked example", () => {
    expect(npiCheckDigit("123456789")).toBe(3);
  });

  it("computes 0 when the prefixed Luhn sum is already a multiple of ten", () => {
    // 24 for the 80840 prefix, plus the doubled 2 (4) and the doubled 1 (2): 30.
    expect(npiCheckDigit("100000002")).toBe(0);
  });

  it("doubles every other digit from the right, folding two-digit products", () => {
    expect(npiCheckDigit("199999999")).toBe(2);
    expect(npiCheckDigit("212345678")).toBe(4);
  });

  it("refuses anything but nine digits", () => {
    expect(() => npiCheckDigit("12345678")).toThrow(RangeError);
    expect(() => npiCheckDigit("12345678X")).toThrow(RangeError);
  });
});

describe("hasValidNpiCheckDigit", () => {
  it("accepts 1234567893", () => {
    expect(hasValidNpiCheckDigit("1234567893")).toBe(true);
  });

  it("rejects 1234567890, whose last digit is not the check digit", () => {
    expect(hasValidNpiCheckDigit("1234567890")).toBe(false);
  });

  it("rejects two swapped digits, the typing error the check digit exists to catch", () => {
    expect(hasValidNpiCheckDigit("1234567983")).toBe(false);
  });

  it("rejects text that is not ten digits", () => {
    expect(hasValidNpiCheckDigit("123456789")).toBe(false);
    expect(hasValidNpiCheckDigit("12345678933")).toBe(false);
    expect(hasValidNpiCheckDigit("123456789A")).toBe(false);
  });
});

describe("npiProblems", () => {
  it("finds nothing wrong with 1234567893", () => {
    expect(npiProblems("1234567893")).toEqual([]);
  });

  it("names the check digit for 1234567890", () => {
    expect(npiProblems("1234567890")).toEqual(["check-digit"]);
  });

  it("names a first digit other than 1 or 2 even when the check digit matches", () => {
    const firstNine = "323456789";
    const npi = `${firstNine}${npiCheckDigit(firstNine)}`;
    expect(npiProblems(npi)).toEqual(["first-digit"]);
  });

  it("names the format alone for text that is not ten digits", () => {
    expect(npiProblems("12345")).toEqual(["format"]);
  });
});
