// Reads a request body as JSON with the checks every JSON route needs: the media type
// (415), a size limit enforced while streaming (413) and the parse itself (400).
import { ProblemError } from "../errors/problem-error.ts";
import { describePosition, locateSyntaxError, type TextPosition } from "./json-syntax-error.ts";

export const defaultBodyLimitBytes = 256 * 1024;

export interface BodyOptions {
  limitBytes?: number;
  /** Accepted media types, without parameters. */
  mediaTypes?: readonly string[];
  /** The problem for a body that is not UTF-8, given its bytes; a JSON route's `malformed-json` by default. */
  notUtf8?: (bytes: Uint8Array) => ProblemError;
}

export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The body's bytes exactly as received (a webhook signature covers these, BOM and all). */
export async function readBodyBytes(request: Request, options: BodyOptions = {}): Promise<Uint8Array> {
  const limit = options.limitBytes ?? defaultBodyLimitBytes;
  const accepted = options.mediaTypes ?? ["application/json"];
  const mediaType = mediaTypeOf(request);
  if (!accepted.includes(mediaType)) {
    throw new ProblemError(
      "unsupported-media-type",
      `Send the body as ${accepted.join(" or ")}${mediaType ? `, not ${mediaType}` : ""}.`,
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readBodyText(request: Request, options: BodyOptions = {}): Promise<string> {
  return decodeUtf8(await readBodyBytes(request, options), options.notUtf8);
}

/** UTF-8 to text; a leading byte-order mark is dropped, as JSON parsers expect. */
export function decodeUtf8(bytes: Uint8Array, notUtf8: (bytes: Uint8Array) => ProblemError = notUtf8Json): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notUtf8(bytes);
  }
}

function notUtf8Json(): ProblemError {
  return new ProblemError("malformed-json", "The body is not valid UTF-8.");
}

export async function readJsonBody(request: Request, options: BodyOptions = {}): Promise<unknown> {
  const text = await readBodyText(request, options);
  return parseJson(text);
}

export function parseJson(text: string): unknown {
  if (text.trim() === "") throw new ProblemError("malformed-json", "The body is empty; send a JSON document.");
  try {
    return JSON.parse(text);
  } catch {
    throw malformedJson("The body", text);
  }
}

/** The 400 for text JSON.parse refused: where and why, never the text itself (V8's message quotes it). */
export function malformedJson(what: string, text: string, base?: TextPosition): ProblemError {
  const { reason, position } = locateSyntaxError(text, base);
  return new ProblemError(
    "malformed-json",
    `${what} is not valid JSON: ${reason}${describePosition(position)}.`,
    position ? { position } : {},
  );
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError("payload-too-large", `The body is over the limit of ${limit} bytes.`);
}
