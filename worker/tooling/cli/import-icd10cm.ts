// `npm run rules:import-icd10cm -- <file> --fiscal-year 2028 [--source "..."] [--dry-run]`:
// puts a fiscal year's ICD-10-CM code set, read from the CMS code file (icd10cm_codes_YYYY.txt) or
// order file (icd10cm_order_YYYY.txt), into rules/source/tables/diagnosis-code-sets.json, replacing
// that year's set if the table has one; the next release cut carries it (shipped releases never
// change). The window is the fiscal year's (October 1 to September 30).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { DiagnosisCodeSets } from "../../generated/types/rules/diagnosis-code-sets.ts";
import {
  CodeFileError,
  fiscalYearWindow,
  formatCodeSetsTable,
  parseIcd10CmCodeFile,
  withCodeSet,
} from "../import/icd10cm-code-file.ts";
import { readCommandLine } from "./command-line.ts";
import { sourceDirectory } from "./release-folders.ts";
import { projectRoot } from "./schema-files.ts";

const emptyTable: DiagnosisCodeSets = {
  $schema: "../../../schemas/rules/diagnosis-code-sets.schema.json",
  description:
    "The ICD-10-CM codes valid for submission on claims, by fiscal year. Generated from the CMS code files; to add a fiscal year, add its code set with its dates and source. Each line of billableCodes holds one 3-character category.",
  codeSets: [],
};

const help = {
  usage:
    "npm run rules:import-icd10cm -- <icd10cm_codes_YYYY.txt or icd10cm_order_YYYY.txt> --fiscal-year YYYY [--source <text>] [--dry-run]",
  description: `Puts a fiscal year's ICD-10-CM codes valid for submission, read from the CMS code file or order file, into
rules/source/tables/diagnosis-code-sets.json (October 1 to September 30), replacing that year's set if there is one.
Shipped releases never change: cut a new release (npm run rules:release) to serve it.
  --fiscal-year  the fiscal year the file is for (FY2028 runs 2027-10-01 to 2028-09-30)
  --source       the source cited on the code set (default names the CMS file)
  --dry-run      report what would change, write nothing`,
};

function main(): number {
  const { values, positionals } = readCommandLine(help, {
    "fiscal-year": { type: "string" },
    source: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  });
  const file = positionals[0];
  const fiscalYear = Number(values["fiscal-year"]);
  if (!file || positionals.length > 1 || !Number.isInteger(fiscalYear) || fiscalYear < 2016) {
    return fail(`usage: ${help.usage}`);
  }
  if (!existsSync(file)) return fail(`${file}: no such file`);
  const tablePath = join(sourceDirectory, "tables", "diagnosis-code-sets.json");

  let billableCodes: string[];
  try {
    // CMS publishes these files as plain ASCII text.
    billableCodes = parseIcd10CmCodeFile(readFileSync(file, "latin1"));
  } catch (error) {
    if (error instanceof CodeFileError) return fail(`${file}: ${error.message}`);
    throw error;
  }
  const table = existsSync(tablePath) ? (JSON.parse(readFileSync(tablePath, "utf8")) as DiagnosisCodeSets) : emptyTable;
  const previous = table.codeSets.find((codeSet) => codeSet.fiscalYear === fiscalYear - 1)?.billableCodes;
  const source =
    values.source ??
    `ICD-10-CM FY${fiscalYear}, CMS file ${basename(file)} (public domain; cms.gov, ICD-10 > ${fiscalYear} ICD-10-CM)`;
  const updated = withCodeSet(table, { fiscalYear, ...fiscalYearWindow(fiscalYear), source, billableCodes });
  if (!values["dry-run"]) writeFileSync(tablePath, formatCodeSetsTable(updated));

  console.log(
    `${values["dry-run"] ? "would write" : "wrote"} FY${fiscalYear}: ${billableCodes.length} codes valid for submission to ${relative(projectRoot, tablePath)}`,
  );
  if (previous) {
    const before = new Set(previous);
    const after = new Set(billableCodes);
    console.log(
      `against FY${fiscalYear - 1}: ${billableCodes.filter((code) => !before.has(code)).length} added, ${previous.filter((code) => !after.has(code)).length} no longer valid`,
    );
  }
  console.log("next: npm run rules:check, then npm run rules:test; cut a release (npm run rules:release) to serve it");
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = main();
