// rules:check's side of the table checks: the checks themselves are deployed code
// (worker/releases/table-checks.ts, which the worker runs on a published release too); here a
// release folder's tables go in and each problem comes out naming its file from the project root.
import {
  releaseReferences as referencesOfTables,
  tableProblems,
  type ReleaseReferences,
  type TableFile,
} from "../../releases/table-checks.ts";
import type { AuthoringProblem } from "./authoring-problem.ts";
import { displayPath, filesWithRole, schemaName, type ReleaseFolder } from "./release-files.ts";

export type { ReleaseReferences };
export { unknownCodeMessage, unknownModifierMessage } from "../../releases/table-checks.ts";

export function releaseReferences(folder: ReleaseFolder): ReleaseReferences {
  return referencesOfTables(tablesOf(folder));
}

export function checkTables(folder: ReleaseFolder, root: string, references: ReleaseReferences): AuthoringProblem[] {
  const shownAs = new Map(
    filesWithRole(folder, "table").map((file) => [file.relativePath, displayPath(root, file.absolutePath)]),
  );
  return tableProblems(tablesOf(folder), references).map((problem) => ({
    file: shownAs.get(problem.relativePath) ?? problem.relativePath,
    pointer: problem.pointer,
    message: problem.message,
    severity: problem.severity,
  }));
}

function tablesOf(folder: ReleaseFolder): TableFile[] {
  return filesWithRole(folder, "table").map((file) => ({
    relativePath: file.relativePath,
    schema: schemaName(file),
    data: file.data,
  }));
}
