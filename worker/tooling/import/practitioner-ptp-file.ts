// Reads the CMS quarterly practitioner PTP edit file (ccipra-v<version>-f<part>.txt) into pair rows.
// Layout: tab-delimited text; a copyright preamble and a header (wrapped over several lines) that
// starts "Column 1 <tab> Column 2"; then one edit per line: column 1, column 2, the
// "*=in existence prior to 1996" mark, effective date (YYYYMMDD), deletion date (YYYYMMDD, or *
// while in force), modifier indicator (0, 1, 9) and the PTP edit rationale.
import type { PtpEdit } from "../../rules/bundled-release.ts";

export interface RejectedLine {
  /** 1-based line number in the file. */
  lineNumber: number;
  text: string;
  reason: string;
}

export interface PtpFileContents {
  edits: PtpEdit[];
  /** Lines before the first edit (the preamble and header). */
  preambleLines: number;
  /** Lines after the first edit that are not an edit and not blank. */
  rejected: RejectedLine[];
}

export class PtpFileError extends Error {}

const codePattern = /^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$/;
const headerPattern = /column\s*1\s*\t\s*column\s*2/i;

export function parsePractitionerPtpFile(text: string, source: string): PtpFileContents {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const edits: PtpEdit[] = [];
  const rejected: RejectedLine[] = [];
  let headerSeen = false;
  let preambleLines = 0;
  lines.forEach((line, index) => {
    const parsed = parsePtpLine(line, source);
    if (edits.length === 0 && typeof parsed === "string") {
      headerSeen ||= headerPattern.test(line);
      preambleLines += 1;
      return;
    }
    if (typeof parsed !== "string") {
      if (!headerSeen)
        throw new PtpFileError(
          `line ${index + 1} is an edit but no "Column 1, Column 2" header came before it: not the CMS PTP file layout`,
        );
      edits.push(parsed);
    } else if (line.trim() !== "") {
      rejected.push({ lineNumber: index + 1, text: line, reason: parsed });
    }
  });
  if (edits.length === 0)
    throw new PtpFileError(
      headerSeen
        ? "the file has a header but no edits"
        : 'no "Column 1, Column 2" header and no edits: not the CMS PTP file layout',
    );
  return { edits, preambleLines, rejected };
}

/** One line as an edit, or the reason it is not one. */
export function parsePtpLine(line: string, source: string): PtpEdit | string {
  const fields = line.split("\t").map((field) => field.trim());
  if (fields.length < 6) return `expected at least 6 tab-separated fields, found ${fields.length}`;
  const [column1, column2, priorTo1996, effective, deletion, indicator, rationale] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string?,
  ];
  if (!codePattern.test(column1)) return `column 1 "${column1}" is not a CPT/HCPCS code`;
  if (!codePattern.test(column2)) return `column 2 "${column2}" is not a CPT/HCPCS code`;
  if (priorTo1996 !== "" && priorTo1996 !== "*") return `the pre-1996 mark is "${priorTo1996}", expected * or nothing`;
  const effectiveDate = isoDate(effective);
  if (!effectiveDate) return `effective date "${effective}" is not a YYYYMMDD date`;
  const deletionDate = deletion === "*" ? undefined : isoDate(deletion);
  if (deletion !== "*" && !deletionDate) return `deletion date "${deletion}" is neither a YYYYMMDD date nor *`;
  if (deletionDate && deletionDate < effectiveDate)
    return `deletion date ${deletionDate} is before the effective date ${effectiveDate}`;
  if (indicator !== "0" && indicator !== "1" && indicator !== "9")
    return `modifier indicator "${indicator}" is not 0, 1 or 9`;
  return {
    column1,
    column2,
    ...(priorTo1996 === "*" ? { inExistencePriorTo1996: true } : {}),
    effectiveDate,
    ...(deletionDate ? { deletionDate } : {}),
    modifierIndicator: Number(indicator) as PtpEdit["modifierIndicator"],
    rationale: rationale || "The CMS file gives no rationale for this edit",
    source,
  };
}

function isoDate(yyyymmdd: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : undefined;
}
