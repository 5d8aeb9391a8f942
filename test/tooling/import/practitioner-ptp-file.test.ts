import { describe, expect, it } from "vitest";
import {
  parsePractitionerPtpFile,
  parsePtpLine,
  PtpFileError,
} from "../../../worker/tooling/import/practitioner-ptp-file.ts";
import sample from "../../fixtures/ncci/practitioner-ptp-sample.txt?raw";

const source = "CMS NCCI practitioner PTP edits, file practitioner-ptp-sample.txt";
const header = "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective\tDeletion\tModifier\tPTP Edit Rationale";

describe("parsePractitionerPtpFile on the sample file", () => {
  const contents = parsePractitionerPtpFile(sample, source);

  it("skips the preamble and the wrapped header and reads every edit", () => {
    expect(contents.preambleLines).toBe(7);
    expect(contents.rejected).toEqual([]);
    expect(contents.edits.map((edit) => `${edit.column1}/${edit.column2}`)).toEqual([
      "97012/97014",
      "97110/97150",
      "97161/97530",
      "97530/97140",
      "97530/97750",
      "97530/97750",
    ]);
  });

  it("turns YYYYMMDD into ISO dates, * into no deletion date and keeps the pre-1996 mark", () => {
    expect(contents.edits[1]).toEqual({
      column1: "97110",
      column2: "97150",
      inExistencePriorTo1996: true,
      effectiveDate: "1996-01-01",
      modifierIndicator: 1,
      rationale: "Mutually exclusive procedures",
      source,
    });
    expect(contents.edits[2]).toMatchObject({
      effectiveDate: "2020-01-01",
      deletionDate: "2020-01-31",
      modifierIndicator: 0,
    });
    expect(contents.edits[2]).not.toHaveProperty("inExistencePriorTo1996");
  });

  it("keeps indicator 9 rows, which the rules then ignore", () => {
    expect(contents.edits[0]).toMatchObject({
      modifierIndicator: 9,
      effectiveDate: "2015-01-01",
      deletionDate: "2015-01-01",
    });
  });
});

describe("parsePractitionerPtpFile on bad input", () => {
  it("reports a line after the first edit that is not an edit, with its line number", () => {
    const text = [
      header,
      "97530\t97140\t\t20200101\t*\t1\tMutually exclusive procedures",
      "97530\t97140\t\t2020-01-01\t*\t1\tx",
      "",
      "97530",
    ].join("\n");
    expect(parsePractitionerPtpFile(text, source).rejected).toEqual([
      {
        lineNumber: 3,
        text: "97530\t97140\t\t2020-01-01\t*\t1\tx",
        reason: 'effective date "2020-01-01" is not a YYYYMMDD date',
      },
      { lineNumber: 5, text: "97530", reason: "expected at least 6 tab-separated fields, found 1" },
    ]);
  });

  it("refuses a file without the Column 1, Column 2 header", () => {
    expect(() =>
      parsePractitionerPtpFile("97530\t97140\t\t20200101\t*\t1\tMutually exclusive procedures\n", source),
    ).toThrow(PtpFileError);
  });

  it("refuses a file with a header but no edits", () => {
    expect(() => parsePractitionerPtpFile(`${header}\n`, source)).toThrow(/no edits/);
  });
});

describe("parsePtpLine", () => {
  it("explains why a line is not an edit", () => {
    expect(parsePtpLine("9753\t97140\t\t20200101\t*\t1\tx", source)).toBe('column 1 "9753" is not a CPT/HCPCS code');
    expect(parsePtpLine("97530\t97140\t\t20200230\t*\t1\tx", source)).toBe(
      'effective date "20200230" is not a YYYYMMDD date',
    );
    expect(parsePtpLine("97530\t97140\t\t20200101\t20191231\t1\tx", source)).toBe(
      "deletion date 2019-12-31 is before the effective date 2020-01-01",
    );
    expect(parsePtpLine("97530\t97140\t\t20200101\t*\t2\tx", source)).toBe('modifier indicator "2" is not 0, 1 or 9');
    expect(parsePtpLine("97530\t97140\tX\t20200101\t*\t1\tx", source)).toBe(
      'the pre-1996 mark is "X", expected * or nothing',
    );
  });

  it("reads HCPCS and category III codes and says so when the rationale is missing", () => {
    expect(parsePtpLine("G0283\t0591T\t\t20200101\t*\t1", source)).toMatchObject({
      column1: "G0283",
      column2: "0591T",
      rationale: "The CMS file gives no rationale for this edit",
    });
  });
});
