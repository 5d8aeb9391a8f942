// An 837P that is not UTF-8 text (a file saved as Windows-1252 or ISO-8859-1, with an accented
// name, say): a malformed-x12 problem naming the segment and the byte, not a JSON parse error.
import type { ProblemError } from "../../errors/problem-error.ts";
import { firstInvalidUtf8Byte } from "../../http/first-invalid-utf8-byte.ts";
import { x12SyntaxError } from "./x12-syntax-error.ts";

const isaLength = 106;

export function x12EncodingError(bytes: Uint8Array): ProblemError {
  const offset = firstInvalidUtf8Byte(bytes) ?? 0;
  const before = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false })
    .decode(bytes.subarray(0, offset))
    .trimStart();
  const { number, id } = segmentAt(before);
  return x12SyntaxError(
    number,
    id,
    `byte ${offset} of the body is not UTF-8. Send the interchange as UTF-8: X12's basic and extended character sets are ASCII, which is UTF-8; convert a file saved as Windows-1252 or ISO-8859-1 first.`,
  );
}

/** The segment the text before the bad byte ends in: its number (ISA = 1) and, once known, its identifier. */
function segmentAt(before: string): { number: number; id: string } {
  // Until the ISA header is whole, its last character (the segment terminator) is unknown.
  if (before.length < isaLength || !before.startsWith("ISA"))
    return { number: 1, id: before.startsWith("ISA") ? "ISA" : "" };
  const pieces = before.split(before[isaLength - 1]!).map((piece) => piece.replace(/^[\r\n]+/, ""));
  const current = pieces.pop()!;
  const number = pieces.filter((piece) => piece.trim() !== "").length + 1;
  const id = current.split(before[3]!)[0]!;
  return { number, id: /^[A-Z][A-Z0-9]{1,2}$/.test(id) && current.includes(before[3]!) ? id : "" };
}
