// Where a body stops being UTF-8, so a problem can point at the byte (an X12 file saved as
// Windows-1252 is the usual case) instead of only saying that it is not.

/**
 * The offset of the first byte of the body that is not UTF-8, or undefined when it all is. A
 * prefix decodes in streaming mode until it reaches a bad byte (a sequence cut at its end just
 * waits for more), so the longest such prefix is found by bisection; this only runs on a body
 * already refused.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, false)) return undefined;
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodes(middle, true)) good = middle;
    else bad = middle;
  }
  if (decodes(good, false)) return good;
  // The prefix ends inside a sequence the next byte breaks (or the body ends): it starts at its lead byte.
  let start = good - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
  return start;
}
