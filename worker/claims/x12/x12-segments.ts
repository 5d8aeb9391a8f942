// Splits an X12 interchange into segments with the delimiters its ISA header declares, and
// checks the envelopes (ISA/IEA, GS/GE, ST/SE): their control numbers and counts. Nothing here
// knows 837P loops; that is x12-837p-claims.ts.
import { x12SyntaxError } from "./x12-syntax-error.ts";

export interface X12Delimiters {
  element: string;
  component: string;
  repetition: string | undefined;
  segment: string;
}

export interface X12Segment {
  id: string;
  /** elements[n] is element n (elements[0] is the segment id), as the X12 guides number them. */
  elements: string[];
  /** The segment's number in the file, ISA = 1. */
  number: number;
  /** Its position in its transaction set, ST = 1, as a 999 acknowledgment counts; 0 outside one. */
  position: number;
}

export interface X12TransactionSet {
  /** ST01, e.g. 837. */
  type: string;
  /** ST03 (or GS08): the implementation guide, e.g. 005010X222A1. */
  implementation: string;
  controlNumber: string;
  /** From ST to SE inclusive. */
  segments: X12Segment[];
}

export interface X12Interchange {
  delimiters: X12Delimiters;
  transactionSets: X12TransactionSet[];
}

const isaLength = 106;

export function readDelimiters(text: string): X12Delimiters {
  if (!text.startsWith("ISA")) throw x12SyntaxError(1, "", "an interchange starts with ISA");
  if (text.length < isaLength)
    throw x12SyntaxError(1, "ISA", `the ISA header is ${isaLength} characters long, the file has ${text.length}`);
  const element = text[3]!;
  const fields = text.slice(0, isaLength - 1).split(element);
  // ISA has 16 fixed-width elements, so the 16th separator and the terminator sit at fixed places.
  if (fields.length !== 17)
    throw x12SyntaxError(
      1,
      "ISA",
      `ISA needs 16 fixed-width elements separated by "${element}"; found ${fields.length - 1}`,
    );
  const repetition = fields[11] !== "U" && fields[11] !== undefined ? fields[11] : undefined;
  return { element, component: fields[16]!, repetition, segment: text[isaLength - 1]! };
}

export function readInterchanges(input: string): X12Interchange[] {
  const text = input.replace(/^\uFEFF/, "").trimStart();
  if (text === "") throw x12SyntaxError(1, "", "the body is empty");
  const delimiters = readDelimiters(text);
  const segments = splitSegments(text, delimiters);
  const interchanges: X12Interchange[] = [];
  let index = 0;
  while (index < segments.length) {
    const { interchange, next } = readInterchange(segments, index, delimiters);
    interchanges.push(interchange);
    index = next;
  }
  return interchanges;
}

function splitSegments(text: string, delimiters: X12Delimiters): X12Segment[] {
  const segments: X12Segment[] = [];
  for (const raw of text.split(delimiters.segment)) {
    // Line breaks after terminators are common and not part of the data.
    const trimmed = raw.replace(/^[\r\n]+|[\r\n]+$/g, "");
    if (trimmed.trim() === "") continue;
    const elements = trimmed.split(delimiters.element);
    const number = segments.length + 1;
    const id = elements[0]!;
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id))
      throw x12SyntaxError(
        number,
        "",
        `"${id.slice(0, 10)}" is not a segment identifier (two or three capital letters or digits, ending with "${delimiters.segment}")`,
      );
    segments.push({ id, elements, number, position: 0 });
  }
  return segments;
}

function expectSegment(segments: X12Segment[], index: number, id: string, after: X12Segment): X12Segment {
  const segment = segments[index];
  if (!segment)
    throw x12SyntaxError(
      segments.length + 1,
      "",
      `the file ends after segment ${segments.length}, before the ${id} that closes ${after.id} (segment ${after.number})`,
    );
  if (segment.id !== id) throw x12SyntaxError(segment.number, segment.id, `expected ${id}`);
  return segment;
}

function readInterchange(segments: X12Segment[], start: number, delimiters: X12Delimiters) {
  const isa = expectSegment(segments, start, "ISA", segments[start - 1] ?? segments[0]!);
  const transactionSets: X12TransactionSet[] = [];
  let groups = 0;
  let index = start + 1;
  while (segments[index]?.id === "GS") {
    const gs = segments[index]!;
    groups += 1;
    let setsInGroup = 0;
    index += 1;
    while (segments[index]?.id === "ST") {
      const { transactionSet, next } = readTransactionSet(segments, index, gs);
      transactionSets.push(transactionSet);
      setsInGroup += 1;
      index = next;
    }
    const ge = expectSegment(segments, index, "GE", gs);
    if (Number(ge.elements[1]) !== setsInGroup)
      throw x12SyntaxError(
        ge.number,
        "GE",
        `GE01 says ${ge.elements[1]} transaction set(s), the group holds ${setsInGroup}`,
      );
    if (ge.elements[2] !== gs.elements[6])
      throw x12SyntaxError(
        ge.number,
        "GE",
        `GE02 ${ge.elements[2]} does not match GS06 ${gs.elements[6]} (segment ${gs.number})`,
      );
    index += 1;
  }
  const iea = expectSegment(segments, index, "IEA", isa);
  if (Number(iea.elements[1]) !== groups)
    throw x12SyntaxError(
      iea.number,
      "IEA",
      `IEA01 says ${iea.elements[1]} functional group(s), the interchange holds ${groups}`,
    );
  if (iea.elements[2]?.trim() !== isa.elements[13]?.trim())
    throw x12SyntaxError(iea.number, "IEA", `IEA02 ${iea.elements[2]} does not match ISA13 ${isa.elements[13]}`);
  return { interchange: { delimiters, transactionSets }, next: index + 1 };
}

function readTransactionSet(segments: X12Segment[], start: number, gs: X12Segment) {
  const st = segments[start]!;
  let index = start;
  const body: X12Segment[] = [];
  while (segments[index] && segments[index]!.id !== "SE") {
    const segment = segments[index]!;
    if (index > start && ["ST", "GE", "GS", "IEA", "ISA"].includes(segment.id))
      throw x12SyntaxError(
        segment.number,
        segment.id,
        `the transaction set opened by ST (segment ${st.number}) has no SE before it`,
      );
    body.push({ ...segment, position: body.length + 1 });
    index += 1;
  }
  const se = expectSegment(segments, index, "SE", st);
  body.push({ ...se, position: body.length + 1 });
  if (Number(se.elements[1]) !== body.length)
    throw x12SyntaxError(
      se.number,
      "SE",
      `SE01 says ${se.elements[1]} segments, the transaction set has ${body.length} (ST to SE)`,
    );
  if (se.elements[2] !== st.elements[2])
    throw x12SyntaxError(
      se.number,
      "SE",
      `SE02 ${se.elements[2]} does not match ST02 ${st.elements[2]} (segment ${st.number})`,
    );
  return {
    transactionSet: {
      type: st.elements[1] ?? "",
      implementation: st.elements[3] || gs.elements[8] || "",
      controlNumber: st.elements[2] ?? "",
      segments: body,
    },
    next: index + 1,
  };
}
