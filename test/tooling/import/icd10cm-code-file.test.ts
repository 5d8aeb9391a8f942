import { describe, expect, it } from "vitest";
import {
  CodeFileError,
  fiscalYearWindow,
  formatCodeSetsTable,
  parseIcd10CmCodeFile,
  withCodeSet,
} from "../../../worker/tooling/import/icd10cm-code-file.ts";

describe("parseIcd10CmCodeFile", () => {
  it("reads the code file's codes, in ascending order", () => {
    expect(
      parseIcd10CmCodeFile(
        "M5459   Other low back pain\nM5450   Low back pain, unspecified\r\nI10     Essential (primary) hypertension\n\n",
      ),
    ).toEqual(["I10", "M5450", "M5459"]);
  });

  it("reads the order file's valid codes and leaves its headings out", () => {
    const order = [
      "01234 M54     0 Dorsalgia",
      "01240 M545    0 Low back pain",
      "01241 M5450   1 Low back pain, unspecified",
      "01250 QA171   1 Lynch syndrome",
    ].join("\n");
    expect(parseIcd10CmCodeFile(order)).toEqual(["M5450", "QA171"]);
  });

  it("refuses a line that does not start with a code, naming the line", () => {
    expect(() => parseIcd10CmCodeFile("M5450 Low back pain\nlow back pain M5450\n")).toThrow(CodeFileError);
    expect(() => parseIcd10CmCodeFile("M5450 Low back pain\nlow back pain M5450\n")).toThrow(/line 2/);
  });
});

describe("the code sets table", () => {
  const table = {
    $schema: "../../../../schemas/rules/diagnosis-code-sets.schema.json",
    description: "test",
    codeSets: [],
  };

  it("puts a fiscal year's set in its window, replacing that year's, in year order", () => {
    const fy2028 = { fiscalYear: 2028, ...fiscalYearWindow(2028), source: "test", billableCodes: ["M5450"] };
    const fy2027 = { fiscalYear: 2027, ...fiscalYearWindow(2027), source: "test", billableCodes: ["M5450", "M5451"] };
    const both = withCodeSet(withCodeSet(table, fy2028), fy2027);
    expect(both.codeSets.map((codeSet) => [codeSet.fiscalYear, codeSet.effectiveFrom, codeSet.effectiveTo])).toEqual([
      [2027, "2026-10-01", "2027-09-30"],
      [2028, "2027-10-01", "2028-09-30"],
    ]);
    expect(withCodeSet(both, { ...fy2028, billableCodes: ["I10"] }).codeSets[1]!.billableCodes).toEqual(["I10"]);
  });

  it("writes one line per category, as JSON that reads back the same", () => {
    const written = formatCodeSetsTable(
      withCodeSet(table, {
        fiscalYear: 2027,
        ...fiscalYearWindow(2027),
        source: "test",
        billableCodes: ["I10", "M5450", "M5451"],
      }),
    );
    expect(written).toContain('        "I10",\n        "M5450", "M5451"\n');
    expect(JSON.parse(written).codeSets[0].billableCodes).toEqual(["I10", "M5450", "M5451"]);
  });
});
