import { describe, expect, it } from "vitest";
import { canonicalPtpEdit, formatPtpTable } from "../../../worker/tooling/import/ptp-table-format.ts";
import { pairEdit } from "../../helpers/test-release.ts";

describe("formatPtpTable", () => {
  it("writes one row per line, which parses back to the same table", () => {
    const table = {
      $schema: "../schema.json",
      description: "Test table",
      edits: [pairEdit("97530", "97140"), pairEdit("97161", "97530", { deletionDate: "2020-01-31" })],
    };
    const text = formatPtpTable(table);
    expect(text.split("\n").filter((line) => line.includes('"column1"'))).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(table);
  });

  it("writes an empty table as an empty list", () => {
    expect(JSON.parse(formatPtpTable({ $schema: "s", description: "d", edits: [] }))).toEqual({
      $schema: "s",
      description: "d",
      edits: [],
    });
  });

  it("puts a row's fields in the CMS file's order and leaves the false pre-1996 mark out", () => {
    const row = canonicalPtpEdit({
      source: "s",
      rationale: "r",
      modifierIndicator: 1,
      effectiveDate: "2020-01-01",
      column2: "97140",
      column1: "97530",
      inExistencePriorTo1996: false,
    });
    expect(Object.keys(row)).toEqual([
      "column1",
      "column2",
      "effectiveDate",
      "modifierIndicator",
      "rationale",
      "source",
    ]);
  });

  it("is how every shipped pair table is written, so an import's diff shows only the rows it changed", () => {
    const shippedTexts = Object.entries(
      import.meta.glob<string>("/rules/releases/*/tables/ncci-ptp-edits.json", {
        query: "?raw",
        import: "default",
        eager: true,
      }),
    );
    expect(shippedTexts.length).toBeGreaterThan(0);
    for (const [, text] of shippedTexts) expect(formatPtpTable(JSON.parse(text))).toBe(text);
  });
});
