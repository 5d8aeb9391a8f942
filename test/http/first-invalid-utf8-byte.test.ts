import { describe, expect, it } from "vitest";
import { firstInvalidUtf8Byte } from "../../worker/http/first-invalid-utf8-byte.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...new TextEncoder().encode(text)];

describe("firstInvalidUtf8Byte", () => {
  it("finds nothing in UTF-8 text, multi-byte characters and a byte-order mark included", () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode("\uFEFFJosé Müller ✓ 😀"))).toBeUndefined();
    expect(firstInvalidUtf8Byte(bytes())).toBeUndefined();
  });

  it("points at a Windows-1252 é (0xE9 followed by ASCII) as the byte where UTF-8 breaks", () => {
    expect(firstInvalidUtf8Byte(bytes(...ascii("NM1*JOS"), 0xe9, ...ascii("*X~")))).toBe(7);
  });

  it("points at a stray continuation byte and at a byte UTF-8 never uses", () => {
    expect(firstInvalidUtf8Byte(bytes(...ascii("ab"), 0x80, ...ascii("c")))).toBe(2);
    expect(firstInvalidUtf8Byte(bytes(...ascii("abc"), 0xff))).toBe(3);
  });

  it("points at the lead byte of a sequence the body ends inside", () => {
    expect(firstInvalidUtf8Byte(bytes(...ascii("ab"), 0xe2, 0x9c))).toBe(2);
  });

  it("points after a valid multi-byte character at the bad byte that follows it", () => {
    expect(firstInvalidUtf8Byte(bytes(...ascii("é"), 0xc0, 0x41))).toBe(2);
  });
});
