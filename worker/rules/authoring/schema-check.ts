// The schema half of rules:check: every release file against the schema its `$schema` names
// (the build's own check, schemaProblems), and every golden case's encounter against the
// encounter contract, which the golden-cases schema leaves open.
import { schemaProblems } from "../../cli/build-releases.ts";
import { createAjv } from "../../cli/build-validators.ts";
import type { ReleaseFileError } from "../../cli/release-folders.ts";
import type { SchemaFile } from "../../cli/schema-files.ts";
import { toSchemaErrors } from "../../validation/schema-errors.ts";
import { error, pointer, type AuthoringProblem } from "./authoring-problem.ts";
import { displayPath, filesWithRole, isRecord, type ReleaseFolder } from "./release-files.ts";

const encounterSchemaId = "https://claimlint.dev/schemas/encounter.schema.json";

export function schemaCheck(folders: ReleaseFolder[], schemaFiles: SchemaFile[], root: string): AuthoringProblem[] {
  const problems = schemaProblems(folders, schemaFiles).map(fromReleaseFileError);
  const ajv = createAjv({ standalone: false });
  for (const file of schemaFiles) ajv.addSchema(file.schema);
  const validateEncounter = ajv.getSchema(encounterSchemaId);
  if (!validateEncounter) return problems;
  for (const folder of folders) {
    for (const file of filesWithRole(folder, "golden-cases")) {
      if (!isRecord(file.data) || !Array.isArray(file.data.cases)) continue;
      file.data.cases.forEach((goldenCase, index) => {
        if (!isRecord(goldenCase) || !isRecord(goldenCase.encounter) || validateEncounter(goldenCase.encounter)) return;
        for (const entry of toSchemaErrors(validateEncounter.errors ?? [])) {
          problems.push(error(displayPath(root, file.absolutePath), `${pointer("cases", index, "encounter")}${entry.pointer}`, `${entry.message} (the encounter contract, schemas/encounter.schema.json)`));
        }
      });
    }
  }
  return problems;
}

export function fromReleaseFileError(problem: ReleaseFileError): AuthoringProblem {
  return error(problem.file, problem.pointer === "/" ? "" : problem.pointer, problem.detail);
}
