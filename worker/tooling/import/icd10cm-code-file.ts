// Reads a CMS ICD-10-CM code file into the codes valid for submission, and writes a release's
// tables/diagnosis-code-sets.json with one line per 3-character category (readable, and a
// year's changes to a category are a one-line diff). Two CMS layouts are read: the code file
// (icd10cm_codes_YYYY.txt: code, spaces, description; valid codes only) and the order file
// (icd10cm_order_YYYY.txt: order number, code, 1 for valid or 0 for a heading, descriptions).
import type { DiagnosisCodeSets } from "../../generated/types/rules/diagnosis-code-sets.ts";

export class CodeFileError extends Error {}

const codeShape = /^[A-Z][0-9A][0-9A-Z]{1,5}$/;

/** The file's codes valid for submission, undotted, unique and in ascending order. */
export function parseIcd10CmCodeFile(text: string): string[] {
  const codes = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === "") return;
    const orderFile = /^[0-9]{5}$/.test(fields[0]!);
    const code = orderFile ? fields[1] : fields[0];
    if (!code || !codeShape.test(code))
      throw new CodeFileError(
        `line ${index + 1}: ${JSON.stringify(line.slice(0, 40))} does not start with an ICD-10-CM code`,
      );
    if (orderFile && fields[2] !== "1") return;
    codes.add(code);
  });
  if (codes.size === 0) throw new CodeFileError("the file has no codes");
  return [...codes].sort();
}

/** The fiscal year's window: FY2028 answers dates of service from 2027-10-01 to 2028-09-30. */
export function fiscalYearWindow(fiscalYear: number): { effectiveFrom: string; effectiveTo: string } {
  return { effectiveFrom: `${fiscalYear - 1}-10-01`, effectiveTo: `${fiscalYear}-09-30` };
}

/** The table with the fiscal year's code set added, or put in place of the one it had, sets in year order. */
export function withCodeSet(
  table: DiagnosisCodeSets,
  codeSet: DiagnosisCodeSets["codeSets"][number],
): DiagnosisCodeSets {
  const others = table.codeSets.filter((existing) => existing.fiscalYear !== codeSet.fiscalYear);
  return { ...table, codeSets: [...others, codeSet].sort((a, b) => a.fiscalYear - b.fiscalYear) };
}

export function formatCodeSetsTable(table: DiagnosisCodeSets): string {
  const codeSets = table.codeSets.map(({ billableCodes, ...fields }) => {
    const lines = Object.entries(fields).map(
      ([name, value]) => `      ${JSON.stringify(name)}: ${JSON.stringify(value)},`,
    );
    const categories = groupByCategory(billableCodes).map(
      (codes) => `        ${codes.map((code) => JSON.stringify(code)).join(", ")}`,
    );
    return ["    {", ...lines, '      "billableCodes": [', categories.join(",\n"), "      ]", "    }"].join("\n");
  });
  return [
    "{",
    `  "$schema": ${JSON.stringify(table.$schema)},`,
    `  "description": ${JSON.stringify(table.description)},`,
    '  "codeSets": [',
    codeSets.join(",\n"),
    "  ]",
    "}",
    "",
  ].join("\n");
}

function groupByCategory(codes: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const code of codes) {
    const last = groups.at(-1);
    if (last && last[0]!.slice(0, 3) === code.slice(0, 3)) last.push(code);
    else groups.push([code]);
  }
  return groups;
}
