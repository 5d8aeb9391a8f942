// Reads the modifier records of the CMS HCPCS Level II file (the quarterly "ANWEB" text file,
// HCPCYYYY_MON_ANWEB_*.txt, 320 characters a line; HCPCYYYY_recordlayout.txt describes it).
// A modifier's first line (record identification code 7) carries its dates; its long description
// goes on over the lines that follow it (code 8). Procedure records (codes 3 and 4) are skipped.

export class HcpcsFileError extends Error {}

export interface HcpcsModifierRecord {
  modifier: string;
  /** The long description, its lines joined with single spaces. */
  longDescription: string;
  shortDescription: string;
  /** The date the modifier was added to HCPCS (YYYY-MM-DD). */
  addedDate: string;
  /** The last date the modifier may be used, when the file gives one (YYYY-MM-DD). */
  terminationDate?: string;
  /** What the release did to the modifier (A added, D discontinued, N no change, …). */
  actionCode: string;
}

/** 1-based inclusive positions of the fields read, from the CMS record layout. */
const field = {
  filler: [1, 3],
  modifier: [4, 5],
  recordKind: [11, 11],
  longDescription: [12, 91],
  shortDescription: [92, 119],
  addedDate: [269, 276],
  terminationDate: [285, 292],
  actionCode: [293, 293],
} as const;

const recordKinds = { procedureFirst: "3", procedureMore: "4", modifierFirst: "7", modifierMore: "8" };

function read(line: string, [first, last]: readonly [number, number]): string {
  return line.slice(first - 1, last).trim();
}

/** Every modifier of the file in file order, each once, with its long description whole. */
export function parseHcpcsModifierFile(text: string): HcpcsModifierRecord[] {
  const records: HcpcsModifierRecord[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    if (rawLine.trim() === "") return;
    const line = rawLine.padEnd(320);
    const where = `line ${index + 1}`;
    const kind = read(line, field.recordKind);
    if (kind === recordKinds.procedureFirst || kind === recordKinds.procedureMore) return;
    if (kind !== recordKinds.modifierFirst && kind !== recordKinds.modifierMore)
      throw new HcpcsFileError(
        `${where}: record identification code ${JSON.stringify(kind)} at position 11 is none of 3, 4, 7, 8: is this the HCPCS ANWEB text file?`,
      );
    const modifier = read(line, field.modifier);
    if (read(line, field.filler) !== "" || !/^[A-Z0-9]{2}$/.test(modifier))
      throw new HcpcsFileError(`${where}: a modifier record holds its two-character modifier at positions 4-5`);
    const text = read(line, field.longDescription);
    if (kind === recordKinds.modifierMore) {
      const current = records.at(-1);
      if (current?.modifier !== modifier)
        throw new HcpcsFileError(
          `${where}: continues ${modifier}'s description, but no first line of ${modifier} is before it`,
        );
      current.longDescription = `${current.longDescription} ${text}`;
      return;
    }
    if (seen.has(modifier)) throw new HcpcsFileError(`${where}: ${modifier} has a second first line`);
    seen.add(modifier);
    const terminationDate = fileDate(read(line, field.terminationDate), `${where}: termination date`);
    records.push({
      modifier,
      longDescription: text,
      shortDescription: read(line, field.shortDescription),
      addedDate: fileDate(read(line, field.addedDate), `${where}: date added`) ?? missing(`${where}: no date added`),
      ...(terminationDate ? { terminationDate } : {}),
      actionCode: read(line, field.actionCode),
    });
  });
  if (records.length === 0) throw new HcpcsFileError("the file has no modifier records");
  return records.map((record) => ({ ...record, longDescription: record.longDescription.replace(/\s+/g, " ").trim() }));
}

/** YYYYMMDD as YYYY-MM-DD, undefined when blank; a date that does not exist is an error. */
function fileDate(value: string, what: string): string | undefined {
  if (value === "") return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  if (!match || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso)
    throw new HcpcsFileError(`${what} ${JSON.stringify(value)} is not a date written YYYYMMDD`);
  return iso;
}

const quarterMonths: Record<string, string> = { JAN: "January", APR: "April", JUL: "July", OCT: "October" };

/** "CMS HCPCS Level II file, January 2026 quarterly update (HCPC2026_JAN_ANWEB_01122026.txt)". */
export function defaultCitation(fileName: string): string {
  const quarter = /^HCPC(\d{4})_([A-Z]{3})_/i.exec(fileName);
  const month = quarter ? quarterMonths[quarter[2]!.toUpperCase()] : undefined;
  const release = quarter && month ? `, ${month} ${quarter[1]} quarterly update` : "";
  return `CMS HCPCS Level II file${release} (${fileName})`;
}

function missing(message: string): never {
  throw new HcpcsFileError(message);
}
