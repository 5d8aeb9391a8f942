// JSON pointers (RFC 6901), as every problem names the value it is about: `~` and `/` inside a
// segment are escaped, so a file path such as `tables/mue.json` stays one segment.

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `jsonPointer("edits", 3, "column1")` is `/edits/3/column1`. */
export function jsonPointer(...segments: Array<string | number>): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join("");
}
