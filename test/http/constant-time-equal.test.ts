import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "../../worker/http/constant-time-equal.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("constantTimeEqual", () => {
  it("is true for equal bytes", () => {
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
  });

  it("is false when any byte differs, first or last", () => {
    expect(constantTimeEqual(bytes(9, 2, 3), bytes(1, 2, 3))).toBe(false);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 9))).toBe(false);
  });

  it("is false for a prefix of the other", () => {
    expect(constantTimeEqual(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
  });
});
