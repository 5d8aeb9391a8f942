// Finds the lines of an NDJSON byte stream as the bytes arrive, without decoding them. The job
// upload uses it to count encounters and mark where each chunk starts; the chunk consumer uses it
// to read a chunk's lines back. Both share one idea of a blank line (only spaces, tabs and CR; a
// UTF-8 BOM at the very start of the file) so the two counts always agree.

export interface ScannedLine {
  /** 1-based line number in the file. */
  number: number;
  /** Byte offset of the line's first byte in the file. */
  start: number;
  /** Bytes in the line, its newline excluded. */
  length: number;
  /** The line's bytes, when the scanner collects them and the line is within the limit. */
  bytes?: Uint8Array;
}

export interface LineScannerOptions {
  /** Offset in the file of the first byte pushed (a chunk read from the middle of the file). */
  startOffset?: number;
  /** Number of the line the first byte pushed belongs to. */
  firstLineNumber?: number;
  /** Collect each line's bytes up to this many; a longer line is reported without them. */
  collectUpTo?: number;
}

const space = 32;
const tab = 9;
const carriageReturn = 13;
const newline = 10;
const byteOrderMark = [0xef, 0xbb, 0xbf];

export class NdjsonLineScanner {
  #offset: number;
  #lineNumber: number;
  #lineStart: number;
  #lineLength = 0;
  #hasContent = false;
  #parts: Uint8Array[] = [];
  readonly #collectUpTo: number | undefined;

  constructor(
    private readonly onLine: (line: ScannedLine) => void,
    options: LineScannerOptions = {},
  ) {
    this.#offset = options.startOffset ?? 0;
    this.#lineStart = this.#offset;
    this.#lineNumber = options.firstLineNumber ?? 1;
    this.#collectUpTo = options.collectUpTo;
  }

  /** Bytes pushed so far, as a file offset. */
  get offset(): number {
    return this.#offset;
  }

  push(bytes: Uint8Array): void {
    const base = this.#offset;
    let position = 0;
    while (position < bytes.length) {
      const lineEnd = bytes.indexOf(newline, position);
      const segmentEnd = lineEnd === -1 ? bytes.length : lineEnd;
      this.#take(bytes, base, position, segmentEnd);
      if (lineEnd === -1) break;
      this.#endLine(base + lineEnd + 1);
      position = lineEnd + 1;
    }
    this.#offset = base + bytes.length;
  }

  /** The last line, when the stream does not end with a newline. */
  end(): void {
    this.#endLine(this.#offset);
  }

  #take(bytes: Uint8Array, base: number, from: number, to: number): void {
    if (!this.#hasContent) {
      for (let index = from; index < to; index += 1) {
        const byte = bytes[index]!;
        if (byte === space || byte === tab || byte === carriageReturn) continue;
        const offset = base + index;
        if (offset < byteOrderMark.length && byte === byteOrderMark[offset]) continue;
        this.#hasContent = true;
        break;
      }
    }
    this.#lineLength += to - from;
    if (this.#collectUpTo === undefined || to === from) return;
    if (this.#lineLength > this.#collectUpTo) this.#parts = [];
    else this.#parts.push(bytes.slice(from, to));
  }

  #endLine(nextLineStart: number): void {
    if (this.#hasContent) {
      const line: ScannedLine = { number: this.#lineNumber, start: this.#lineStart, length: this.#lineLength };
      if (this.#collectUpTo !== undefined && this.#lineLength <= this.#collectUpTo)
        line.bytes = concatenate(this.#parts, this.#lineLength);
      this.onLine(line);
    }
    this.#lineNumber += 1;
    this.#lineStart = nextLineStart;
    this.#lineLength = 0;
    this.#hasContent = false;
    this.#parts = [];
  }
}

function concatenate(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
