import { describe, expect, it } from "vitest";
import {
  defaultCitation,
  HcpcsFileError,
  parseHcpcsModifierFile,
} from "../../../worker/tooling/import/hcpcs-modifier-file.ts";

/** One 320-character line of the CMS file, each field at its position in the record layout. */
function recordLine(fields: {
  code: string;
  sequence: string;
  kind: string;
  long: string;
  short?: string;
  added?: string;
  terminated?: string;
  action?: string;
}): string {
  const start = `${fields.code.padStart(5)}${fields.sequence}${fields.kind}${fields.long.padEnd(80)}`;
  if (fields.kind !== "7" && fields.kind !== "3") return start.padEnd(320);
  const details = (fields.short ?? "").padEnd(268 - 91);
  const dates =
    `${fields.added ?? ""}`.padEnd(8) + `${fields.added ?? ""}`.padEnd(8) + (fields.terminated ?? "").padEnd(8);
  return `${start}${details}${dates}${fields.action ?? "N"}`.padEnd(320);
}

const audiology = [
  recordLine({
    code: "AB",
    sequence: "00100",
    kind: "7",
    long: "Audiology service furnished personally by an audiologist without a",
    short: "Aud svs w/o order evry 12mo",
    added: "20230101",
  }),
  recordLine({
    code: "AB",
    sequence: "00200",
    kind: "8",
    long: "physician/npp order for non-acute hearing assessment",
  }),
];
const terminated = recordLine({
  code: "GD",
  sequence: "00100",
  kind: "7",
  long: "Units of service exceeds medically unlikely edit value",
  short: "Unit of service > mue value",
  added: "20080101",
  terminated: "20191231",
});
const procedure = recordLine({
  code: "A0021",
  sequence: "00100",
  kind: "3",
  long: "Ambulance service, outside state per mile",
  added: "19850101",
});

describe("parseHcpcsModifierFile", () => {
  it("reads a modifier whose long description runs over several lines as one description", () => {
    const [record] = parseHcpcsModifierFile(audiology.join("\r\n"));
    expect(record).toEqual({
      modifier: "AB",
      longDescription:
        "Audiology service furnished personally by an audiologist without a physician/npp order for non-acute hearing assessment",
      shortDescription: "Aud svs w/o order evry 12mo",
      addedDate: "2023-01-01",
      actionCode: "N",
    });
  });

  it("reads the termination date when the file gives one", () => {
    expect(parseHcpcsModifierFile(terminated)[0]).toMatchObject({
      modifier: "GD",
      addedDate: "2008-01-01",
      terminationDate: "2019-12-31",
    });
  });

  it("skips procedure records and blank lines, modifiers in file order", () => {
    const text = [...audiology, "", terminated, procedure].join("\n");
    expect(parseHcpcsModifierFile(text).map((record) => record.modifier)).toEqual(["AB", "GD"]);
  });

  it("refuses a continuation line with no first line before it, naming the line", () => {
    expect(() => parseHcpcsModifierFile([terminated, audiology[1]].join("\n"))).toThrow(/line 2: continues AB/);
  });

  it("refuses a modifier listed twice", () => {
    expect(() => parseHcpcsModifierFile([terminated, terminated].join("\n"))).toThrow(/second first line/);
  });

  it("refuses a date that does not exist", () => {
    const badDate = terminated.replace("20191231", "20190231");
    expect(() => parseHcpcsModifierFile(badDate)).toThrow(/termination date "20190231"/);
  });

  it("refuses a line of another file, and a file with no modifiers at all", () => {
    expect(() => parseHcpcsModifierFile("97110,97140,1,20200101")).toThrow(HcpcsFileError);
    expect(() => parseHcpcsModifierFile(procedure)).toThrow(/no modifier records/);
  });
});

describe("defaultCitation", () => {
  it("names the quarterly update the file comes from", () => {
    expect(defaultCitation("HCPC2026_JAN_ANWEB_01122026.txt")).toBe(
      "CMS HCPCS Level II file, January 2026 quarterly update (HCPC2026_JAN_ANWEB_01122026.txt)",
    );
    expect(defaultCitation("modifiers.txt")).toBe("CMS HCPCS Level II file (modifiers.txt)");
  });
});
