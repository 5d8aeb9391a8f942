// The table checks as deployed code: tables of a release in, problems out by path inside the
// release and JSON pointer into the table. rules:check and the worker's accept path both call them.
import { describe, expect, it } from "vitest";
import {
  releaseReferences,
  tableProblems,
  unknownReferences,
  type TableFile,
} from "../../worker/releases/table-checks.ts";

const catalog = (...codes: string[]) => table("catalog", { codes: codes.map((code) => ({ code })) });
const modifiers = (...names: string[]) => table("modifiers", { modifiers: names.map((modifier) => ({ modifier })) });
const pairEdits = (...edits: unknown[]) => table("ncci-ptp-edits", { edits });
const pair = (column1: string, column2: string, effectiveDate: string, extra: Record<string, unknown> = {}) => ({
  column1,
  column2,
  effectiveDate,
  modifierIndicator: 1,
  source: "test",
  ...extra,
});

function table(name: string, data: Record<string, unknown>, relativePath = `tables/${name}.json`): TableFile {
  return { relativePath, schema: `rules/${name}.schema.json`, data };
}

function problemsOf(...tables: TableFile[]) {
  const all = [catalog("97110", "97140", "97530"), modifiers("GP", "59"), ...tables];
  return tableProblems(all, releaseReferences(all));
}

describe("tableProblems", () => {
  it("finds nothing in tables whose rows agree and name known codes", () => {
    expect(
      problemsOf(
        pairEdits(
          pair("97530", "97140", "2020-01-01", { deletionDate: "2020-04-01" }),
          pair("97530", "97140", "2020-04-01"),
        ),
      ),
    ).toEqual([]);
  });

  it("names the pair edit row whose code the catalog lacks, by the release's path and the row's field", () => {
    expect(problemsOf(pairEdits(pair("97530", "97140", "2020-01-01"), pair("97535", "97110", "2026-11-01")))).toEqual([
      {
        relativePath: "tables/ncci-ptp-edits.json",
        pointer: "/edits/1/column1",
        message: expect.stringContaining("code 97535 is not in the release's catalog"),
        severity: "error",
      },
    ]);
  });

  it("names the later of two rows for one pair whose windows overlap", () => {
    expect(
      problemsOf(
        pairEdits(pair("97530", "97140", "2020-01-01"), pair("97530", "97140", "2021-01-01", { source: "x" })),
      ),
    ).toEqual([
      expect.objectContaining({
        relativePath: "tables/ncci-ptp-edits.json",
        pointer: "/edits/1",
        message: expect.stringContaining("duplicates /edits/0: their windows overlap"),
      }),
    ]);
  });

  it("names a pair listed the other way round on the same dates as a contradiction", () => {
    expect(problemsOf(pairEdits(pair("97530", "97140", "2020-01-01"), pair("97140", "97530", "2022-01-01")))).toEqual([
      expect.objectContaining({
        pointer: "/edits/1",
        message: expect.stringContaining("lists the pair the other way round"),
      }),
    ]);
  });

  it("names a unit limit that ends before it starts, at its deletion date", () => {
    const mue = table("mue", {
      edits: [{ code: "97110", limit: 4, effectiveDate: "2026-01-01", deletionDate: "2025-12-31" }],
    });
    expect(problemsOf(mue)).toEqual([
      expect.objectContaining({
        pointer: "/edits/0/deletionDate",
        message: expect.stringContaining("ends before it starts"),
      }),
    ]);
  });

  it("names each unknown code of a list by its index: evaluation families and payers' bundled codes", () => {
    const families = table("evaluation-families", { families: [{ name: "pt", codes: ["97110", "97161"] }] });
    const payers = table("payer-profiles", { profiles: { medicare: { bundledCodes: ["97010"] } } });
    expect(problemsOf(families, payers).map(({ relativePath, pointer }) => `${relativePath} ${pointer}`)).toEqual([
      "tables/evaluation-families.json /families/0/codes/1",
      "tables/payer-profiles.json /profiles/medicare/bundledCodes/0",
    ]);
  });

  it("names a discipline's modifier the modifier table lacks", () => {
    const disciplines = table("disciplines", { disciplines: { OT: { therapyModifier: "GO" } } });
    expect(problemsOf(disciplines)).toEqual([
      expect.objectContaining({
        pointer: "/disciplines/OT/therapyModifier",
        message: expect.stringContaining("modifier GO is not in the release's modifier table"),
      }),
    ]);
  });

  it("looks codes up only when the release has a catalog at all (a missing table is refused on its own)", () => {
    const tables = [pairEdits(pair("97535", "97110", "2026-11-01"))];
    expect(tableProblems(tables, releaseReferences(tables))).toEqual([]);
  });

  it("warns, without refusing, about a table whose kind it does not know", () => {
    expect(problemsOf(table("fees", { fees: [] }))).toEqual([
      expect.objectContaining({ relativePath: "tables/fees.json", severity: "warning" }),
    ]);
  });

  it("refuses a table kind under another file name, which the worker would not read", () => {
    expect(problemsOf(table("ncci-ptp-edits", { edits: [] }, "tables/pairs.json"))).toEqual([
      expect.objectContaining({ relativePath: "tables/pairs.json", pointer: "/$schema", severity: "error" }),
    ]);
  });
});

describe("unknownReferences", () => {
  const references = { procedureCodes: new Set(["97110"]), modifiers: new Set(["GP"]) };

  it("answers each string of a list the release does not know, at its index", () => {
    expect(unknownReferences(["97110", "97999", 3], "/params/codes", "procedureCode", references)).toEqual([
      { pointer: "/params/codes/1", message: expect.stringContaining("code 97999") },
    ]);
  });

  it("looks modifiers up in the modifier table, not the catalog", () => {
    expect(unknownReferences("97110", "/value", "modifier", references)).toHaveLength(1);
    expect(unknownReferences("GP", "/value", "modifier", references)).toEqual([]);
  });
});
