import { describe, expect, it } from "vitest";
import type { Modifiers } from "../../../worker/generated/types/rules/modifiers.ts";
import type { HcpcsModifierRecord } from "../../../worker/tooling/import/hcpcs-modifier-file.ts";
import { withHcpcsModifiers } from "../../../worker/tooling/import/merge-hcpcs-modifiers.ts";

const citation = "CMS HCPCS Level II file, January 2026 quarterly update (HCPC2026_JAN_ANWEB_01122026.txt)";

function record(modifier: string, fields: Partial<HcpcsModifierRecord> = {}): HcpcsModifierRecord {
  return {
    modifier,
    longDescription: `${modifier} as CMS describes it`,
    shortDescription: modifier,
    addedDate: "2002-01-01",
    actionCode: "N",
    ...fields,
  };
}

function table(modifiers: Modifiers["modifiers"]): Modifiers {
  return { $schema: "../../../schemas/rules/modifiers.schema.json", description: "test", modifiers };
}

const gp: Modifiers["modifiers"][number] = {
  modifier: "GP",
  description: "Physical therapy plan of care",
  categories: ["therapy-discipline"],
  source: "Pub 100-04 Ch.5 §20.1",
};

describe("withHcpcsModifiers", () => {
  it("adds a modifier the table lacks, known only, with the file's window and dates in its source", () => {
    const merge = withHcpcsModifiers(
      table([]),
      [record("GD", { addedDate: "2008-01-01", terminationDate: "2019-12-31" })],
      citation,
    );
    expect(merge.added).toEqual(["GD"]);
    expect(merge.table.modifiers).toEqual([
      {
        modifier: "GD",
        description: "GD as CMS describes it",
        categories: ["recognized-only"],
        effectiveFrom: "2008-01-01",
        effectiveTo: "2019-12-31",
        source: `${citation}: modifier GD, added 2008-01-01, terminated 2019-12-31`,
      },
    ]);
  });

  it("leaves a rule author's row as it is and reports where the file disagrees", () => {
    const merge = withHcpcsModifiers(table([gp]), [record("GP", { terminationDate: "2030-12-31" })], citation);
    expect(merge.table.modifiers).toEqual([gp]);
    expect(merge.added).toEqual([]);
    expect(merge.authoredDifferences).toEqual([
      { modifier: "GP", difference: "the file terminates it 2030-12-31; the table does not" },
    ]);
  });

  it("refreshes a row it imported before, keeping the author's note", () => {
    const earlier = withHcpcsModifiers(table([]), [record("JG")], citation).table.modifiers[0]!;
    const noted = table([{ ...earlier, note: "asked the MAC about 340B" }]);
    const merge = withHcpcsModifiers(noted, [record("JG", { terminationDate: "2024-12-31" })], citation);
    expect(merge.refreshed).toEqual(["JG"]);
    expect(merge.table.modifiers[0]).toMatchObject({ effectiveTo: "2024-12-31", note: "asked the MAC about 340B" });
    expect(
      withHcpcsModifiers(merge.table, [record("JG", { terminationDate: "2024-12-31" })], citation).refreshed,
    ).toEqual([]);
  });

  it("keeps rows the file no longer lists and puts every row in modifier order, digits first", () => {
    const cpt = {
      modifier: "59",
      description: "Distinct procedural service",
      categories: ["distinct-procedural" as const],
      source: "CPT",
    };
    const merge = withHcpcsModifiers(table([gp, cpt]), [record("AB"), record("ZC")], citation);
    expect(merge.table.modifiers.map((row) => row.modifier)).toEqual(["59", "AB", "GP", "ZC"]);
  });
});
