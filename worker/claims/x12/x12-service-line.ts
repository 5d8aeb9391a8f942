// One 2400 service line: SV1's procedure composite (qualifier HC, code, up to four modifiers,
// description), its units (UN) or minutes (MJ), diagnosis pointers, and its date (DTP*472).
// Minutes may also ride in a line note by ClaimLint's convention: NTE*ADD*MINUTES 23.
import type { Encounter } from "../../generated/types/encounter.ts";
import type { MappingProblem, ServiceLocations } from "../mapped-claim.ts";
import type { SegmentLocation } from "./segment-location.ts";
import type { LoopedSegment, RawServiceLine } from "./x12-837p-claims.ts";

export interface ServiceLine {
  service: Encounter["services"][number];
  dateOfService: string;
  dateLocation: SegmentLocation;
  diagnosisPointers: number[];
  locations: ServiceLocations<SegmentLocation>;
}

export const minutesNotePattern = /\bMIN(?:UTES)?\s*[:=]?\s*(\d{1,4})\b/i;

type At = (looped: LoopedSegment, element?: string) => SegmentLocation;

export function readServiceLine(
  line: RawServiceLine,
  claimServiceDate: LoopedSegment | undefined,
  componentSeparator: string,
  diagnosisCount: number,
  at: At,
  problems: MappingProblem<SegmentLocation>[],
): ServiceLine | undefined {
  const skip = (code: MappingProblem<SegmentLocation>["code"], message: string, location: SegmentLocation) => {
    problems.push({ severity: "error", code, message: `${message} The line was not checked.`, location });
    return undefined;
  };
  if (!line.sv1)
    return skip(
      "required",
      `Service line ${line.lx.segment.elements[1] ?? ""} has no SV1 (professional service).`,
      at(line.lx),
    );
  const sv1 = line.sv1;
  const [qualifier = "", code = "", ...rest] = (sv1.segment.elements[1] ?? "").split(componentSeparator);
  if (qualifier !== "HC")
    return skip(
      "not-supported",
      `SV101-1 qualifier ${qualifier || "(empty)"} is not HC (CPT/HCPCS), the only procedure codes ClaimLint checks.`,
      at(sv1, "SV101-1"),
    );
  if (!/^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$/.test(code))
    return skip("code-invalid", `SV101-2 "${code}" is not a CPT or HCPCS code.`, at(sv1, "SV101-2"));
  const modifierComponents = rest.slice(0, 4);
  const modifiers: string[] = [];
  const modifierLocations: SegmentLocation[] = [];
  modifierComponents.forEach((modifier, index) => {
    if (!modifier) return;
    modifiers.push(modifier);
    modifierLocations.push(at(sv1, `SV101-${index + 3}`));
  });
  const description = rest[4]?.trim();

  const basis = sv1.segment.elements[3] ?? "";
  const quantityText = sv1.segment.elements[4] ?? "";
  const quantity = Number(quantityText);
  if (basis !== "UN" && basis !== "MJ")
    return skip(
      "not-supported",
      `SV103 unit basis ${basis || "(empty)"} is neither UN (units) nor MJ (minutes).`,
      at(sv1, "SV103"),
    );
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > (basis === "MJ" ? 1440 : 999)) {
    return skip(
      "value",
      `SV104 quantity "${quantityText}" is not a whole number of ${basis === "MJ" ? "minutes (1–1440)" : "units (1–999)"}.`,
      at(sv1, "SV104"),
    );
  }
  let minutes = basis === "MJ" ? quantity : undefined;
  for (const note of line.notes) {
    const match = minutesNotePattern.exec(note.segment.elements[2] ?? "");
    if (match && minutes === undefined) minutes = Number(match[1]);
  }

  const pointers: number[] = [];
  for (const pointer of (sv1.segment.elements[7] ?? "").split(componentSeparator).filter(Boolean)) {
    const number = Number(pointer);
    if (!Number.isInteger(number) || number < 1 || number > diagnosisCount) {
      problems.push({
        severity: "warning",
        code: "value",
        message: `SV107 diagnosis pointer ${pointer} points at no diagnosis of the claim (it has ${diagnosisCount}); it was ignored.`,
        location: at(sv1, "SV107"),
      });
    } else pointers.push(number);
  }

  const dated = readServiceDate(line.serviceDate ?? claimServiceDate, at);
  if ("problem" in dated) return skip(dated.code, dated.problem, dated.location ?? at(sv1));

  const service: Encounter["services"][number] = {
    code,
    ...(basis === "UN" ? { units: quantity } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(modifiers.length > 0 ? { modifiers } : {}),
    ...(description ? { description: description.slice(0, 80) } : {}),
  };
  return {
    service,
    dateOfService: dated.date,
    dateLocation: dated.location,
    diagnosisPointers: pointers,
    locations: { line: at(sv1), modifiers: modifierLocations },
  };
}

type DateReading =
  | { date: string; location: SegmentLocation }
  | { problem: string; code: MappingProblem<SegmentLocation>["code"]; location: SegmentLocation | undefined };

function readServiceDate(looped: LoopedSegment | undefined, at: At): DateReading {
  if (!looped)
    return { problem: "It has no date of service (DTP*472 in loop 2400).", code: "required", location: undefined };
  const location = at(looped, "DTP03");
  const format = looped.segment.elements[2] ?? "";
  const value = looped.segment.elements[3] ?? "";
  const [start = "", end = start] = format === "RD8" ? value.split("-") : [value];
  if ((format !== "D8" && format !== "RD8") || start !== end) {
    return {
      problem: `DTP03 ${value || "(empty)"} (${format || "no format"}) is not one date: ClaimLint checks one date of service per line (D8, or RD8 with equal dates).`,
      code: "not-supported",
      location,
    };
  }
  const date = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^[0-9]{8}$/.test(start) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return { problem: `DTP03 ${value} is not a calendar date (CCYYMMDD).`, code: "value", location };
  }
  return { date, location };
}
