import { describe, expect, it } from "vitest";
import { mergePtpEdits } from "../../../worker/tooling/import/merge-ptp-edits.ts";
import { pairEdit } from "../../helpers/test-release.ts";

const faq = pairEdit("97530", "97140", { effectiveDate: "2026-10-01", source: "the user's FAQ" });
const chiropractic = pairEdit("98940", "97140", { effectiveDate: "2026-10-01", source: "NCCI manual Ch. XI" });

describe("mergePtpEdits", () => {
  it("keeps rows the file does not cover and adds the new ones, sorted", () => {
    const imported = [pairEdit("97110", "97150", { source: "CMS file" })];
    const { edits, counts } = mergePtpEdits([faq, chiropractic], imported);
    expect(edits.map((edit) => `${edit.column1}/${edit.column2}`)).toEqual([
      "97110/97150",
      "97530/97140",
      "98940/97140",
    ]);
    expect(counts).toEqual({ kept: 2, added: 1, replaced: 0, unchanged: 0, duplicatesInImport: 0, total: 3 });
  });

  it("replaces a row with the same pair and effective date", () => {
    const cms = pairEdit("97530", "97140", {
      effectiveDate: "2026-10-01",
      rationale: "Standards of medical / surgical practice",
      source: "CMS file",
    });
    const { edits, counts } = mergePtpEdits([faq], [cms]);
    expect(edits).toEqual([cms]);
    expect(counts).toMatchObject({ kept: 0, added: 0, replaced: 1 });
  });

  it("adds a row of the same pair with another effective date beside the existing one", () => {
    const older = pairEdit("97530", "97140", { effectiveDate: "2020-10-01", source: "CMS file" });
    const { edits, counts } = mergePtpEdits([faq], [older]);
    expect(edits.map((edit) => edit.effectiveDate)).toEqual(["2020-10-01", "2026-10-01"]);
    expect(counts).toMatchObject({ kept: 1, added: 1 });
  });

  it("counts a row imported again unchanged as unchanged", () => {
    expect(mergePtpEdits([faq], [{ ...faq }]).counts).toMatchObject({ unchanged: 1, replaced: 0, total: 1 });
  });

  it("collapses a key the file repeats to the row in force longest", () => {
    const notApplicable = pairEdit("97530", "97750", {
      effectiveDate: "2020-01-01",
      deletionDate: "2020-01-01",
      modifierIndicator: 9,
    });
    const inForce = pairEdit("97530", "97750", { effectiveDate: "2020-01-01", modifierIndicator: 1 });
    for (const imported of [
      [notApplicable, inForce],
      [inForce, notApplicable],
    ]) {
      const { edits, counts } = mergePtpEdits([], imported);
      expect(edits).toEqual([inForce]);
      expect(counts.duplicatesInImport).toBe(1);
    }
  });

  it("writes the same rows whatever order they come in", () => {
    const rows = [chiropractic, faq, pairEdit("97110", "97150"), pairEdit("97110", "97113")];
    expect(mergePtpEdits([], rows).edits).toEqual(mergePtpEdits([], [...rows].reverse()).edits);
  });
});
