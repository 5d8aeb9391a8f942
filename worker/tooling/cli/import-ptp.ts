// `npm run rules:import-ptp -- <file> [--source "..."] [--dry-run] [--skip-bad-lines]`:
// merges a CMS quarterly practitioner PTP edit file (ccipra-v<version>-f<part>.txt, one of the four
// parts) into rules/source/tables/ncci-ptp-edits.json; the next release cut carries it. Rows with the same column 1, column 2 and
// effective date are replaced; rows the file does not cover (the user's FAQ pairs, other parts of
// the quarter) are kept. Lines that are not edits stop the import unless --skip-bad-lines.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { NcciPtpEdits } from "../../generated/types/rules/ncci-ptp-edits.ts";
import { mergePtpEdits } from "../import/merge-ptp-edits.ts";
import { parsePractitionerPtpFile, PtpFileError, type PtpFileContents } from "../import/practitioner-ptp-file.ts";
import { formatPtpTable } from "../import/ptp-table-format.ts";
import { readCommandLine } from "./command-line.ts";
import { sourceDirectory } from "./release-folders.ts";
import { projectRoot } from "./schema-files.ts";
import { tableSchemaProblems } from "./table-schema-problems.ts";

const help = {
  usage: "npm run rules:import-ptp -- <ccipra file.txt> [--source <text>] [--dry-run] [--skip-bad-lines]",
  description: `Merges a CMS quarterly practitioner PTP edit file (ccipra-v<version>-f<part>.txt) into rules/source/'s pair table:
rows with the same column 1, column 2 and effective date are replaced, other rows are kept. Shipped releases never
change: cut a new release (npm run rules:release) to serve the imported rows.
  --source          the source cited on every imported row (default: "CMS NCCI practitioner PTP edits, file <name>")
  --dry-run         report what would change, write nothing
  --skip-bad-lines  skip lines that are not edits instead of stopping`,
};

const schemaId = "https://claimlint.dev/schemas/rules/ncci-ptp-edits.schema.json";
const shownRejections = 20;

function main(): number {
  const { values, positionals } = readCommandLine(help, {
    source: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "skip-bad-lines": { type: "boolean", default: false },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(`usage: ${help.usage}`);
  if (!existsSync(file)) return fail(`${file}: no such file`);
  const tablePath = join(sourceDirectory, "tables", "ncci-ptp-edits.json");
  if (!existsSync(tablePath)) return fail(`no pair table at ${relative(projectRoot, tablePath)}`);

  // CMS publishes these files as plain ASCII/Latin-1 text.
  const source = values.source ?? `CMS NCCI practitioner PTP edits, file ${basename(file)}`;
  let contents: PtpFileContents;
  try {
    contents = parsePractitionerPtpFile(readFileSync(file, "latin1"), source);
  } catch (error) {
    if (error instanceof PtpFileError) return fail(`${file}: ${error.message}`);
    throw error;
  }
  for (const line of contents.rejected.slice(0, shownRejections))
    console.error(`${file}:${line.lineNumber}: ${line.reason}`);
  if (contents.rejected.length > shownRejections)
    console.error(`… and ${contents.rejected.length - shownRejections} more lines that are not edits`);
  if (contents.rejected.length > 0 && !values["skip-bad-lines"]) {
    return fail(
      `${contents.rejected.length} line(s) are not edits; nothing was written (fix the file or pass --skip-bad-lines)`,
    );
  }

  const table = JSON.parse(readFileSync(tablePath, "utf8")) as NcciPtpEdits;
  const merge = mergePtpEdits(table.edits, contents.edits);
  const updated: NcciPtpEdits = { ...table, edits: merge.edits };
  const problems = tableSchemaProblems(schemaId, updated);
  if (problems.length > 0)
    return fail(`the merged table breaks its schema, nothing was written:\n${problems.join("\n")}`);
  if (!values["dry-run"]) writeFileSync(tablePath, formatPtpTable(updated));

  const { kept, added, replaced, unchanged, duplicatesInImport, total } = merge.counts;
  console.log(
    [
      `${basename(file)}: ${contents.edits.length} edits read (${contents.preambleLines} preamble lines skipped, ${contents.rejected.length} bad lines${values["skip-bad-lines"] ? " skipped" : ""}, ${duplicatesInImport} repeated keys collapsed)`,
      `${relative(projectRoot, tablePath)}: ${added} added, ${replaced} replaced, ${unchanged} unchanged, ${kept} kept → ${total} rows${values["dry-run"] ? " (dry run: not written)" : ""}`,
      "Next: npm run build && npm test; overlapping rows from different sources (e.g. the user's FAQ and CMS) are reported by rules:check.",
    ].join("\n"),
  );
  return 0;
}

function fail(message: string): number {
  console.error(`rules:import-ptp: ${message}`);
  return 1;
}

process.exitCode = main();
