// `npm run rules:import-hcpcs-modifiers -- <HCPCYYYY_MON_ANWEB_*.txt> [--source "..."] [--dry-run]`:
// puts every HCPCS Level II modifier of the CMS HCPCS file (the quarterly update's ANWEB text file)
// into rules/source/tables/modifiers.json, with the file's dates as its window; the next release
// cut serves them. Rows a rule author gave a category of their own are left alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Modifiers } from "../../generated/types/rules/modifiers.ts";
import {
  defaultCitation,
  HcpcsFileError,
  type HcpcsModifierRecord,
  parseHcpcsModifierFile,
} from "../import/hcpcs-modifier-file.ts";
import { withHcpcsModifiers } from "../import/merge-hcpcs-modifiers.ts";
import { formatModifiersTable } from "../import/modifier-table-format.ts";
import { readCommandLine } from "./command-line.ts";
import { sourceDirectory } from "./release-folders.ts";
import { projectRoot } from "./schema-files.ts";
import { tableSchemaProblems } from "./table-schema-problems.ts";

const help = {
  usage: "npm run rules:import-hcpcs-modifiers -- <HCPCYYYY_MON_ANWEB_*.txt> [--source <text>] [--dry-run]",
  description: `Puts the HCPCS Level II modifiers of the CMS HCPCS file (the ANWEB text file of a quarterly update) into
rules/source/tables/modifiers.json: each modifier's long description, the date it was added as its first date and its
termination date, if any, as its last. Rows whose only category is recognized-only are the file's and are refreshed;
rows with another category are a rule author's and are left as they are (the differences are listed). Shipped
releases never change: cut a new release (npm run rules:release) to serve the imported rows.
  --source   the file cited on every imported row (default names the CMS file and its quarter)
  --dry-run  report what would change, write nothing`,
};

const schemaId = "https://claimlint.dev/schemas/rules/modifiers.schema.json";

function main(): number {
  const { values, positionals } = readCommandLine(help, {
    source: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(`usage: ${help.usage}`);
  if (!existsSync(file)) return fail(`${file}: no such file`);
  const tablePath = join(sourceDirectory, "tables", "modifiers.json");
  if (!existsSync(tablePath)) return fail(`no modifier table at ${relative(projectRoot, tablePath)}`);

  let records: HcpcsModifierRecord[];
  try {
    // CMS publishes the file as Windows-1252 text; its modifier records are plain ASCII.
    records = parseHcpcsModifierFile(readFileSync(file, "latin1"));
  } catch (error) {
    if (error instanceof HcpcsFileError) return fail(`${file}: ${error.message}`);
    throw error;
  }
  const table = JSON.parse(readFileSync(tablePath, "utf8")) as Modifiers;
  const merge = withHcpcsModifiers(table, records, values.source ?? defaultCitation(basename(file)));
  const problems = tableSchemaProblems(schemaId, merge.table);
  if (problems.length > 0)
    return fail(`the merged table breaks its schema, nothing was written:\n${problems.join("\n")}`);
  if (!values["dry-run"]) writeFileSync(tablePath, formatModifiersTable(merge.table));

  console.log(
    [
      `${basename(file)}: ${records.length} modifiers read`,
      `${relative(projectRoot, tablePath)}: ${merge.added.length} added, ${merge.refreshed.length} refreshed, ${merge.table.modifiers.length} rows${values["dry-run"] ? " (dry run: not written)" : ""}`,
      ...merge.authoredDifferences.map(
        ({ modifier, difference }) => `  left as authored: ${modifier}: ${difference} (check its source)`,
      ),
      "Next: npm run rules:check, then npm run rules:test; cut a release (npm run rules:release) to serve it.",
    ].join("\n"),
  );
  return 0;
}

function fail(message: string): number {
  console.error(`rules:import-hcpcs-modifiers: ${message}`);
  return 1;
}

process.exitCode = main();
