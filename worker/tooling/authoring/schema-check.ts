// The schema half of rules:check: every release file against the schema its `$schema` names
// (the build's own check, schemaProblems), and every golden case's encounter against the
// encounter contract, which the golden-cases schema leaves open.
import { schemaProblems } from "../cli/build-releases.ts";
import { createAjv } from "../cli/build-validators.ts";
import type { ReleaseFileError } from "../cli/release-folders.ts";
import type { SchemaFile } from "../cli/schema-files.ts";
import { toSchemaErrors } from "../../validation/schema-errors.ts";
import { error, pointer, type AuthoringProblem } from "./authoring-problem.ts";
import { displayPath, filesWithRole, isRecord, type ReleaseFolder } from "./release-files.ts";

const encounterSchemaId = "https://claimlint.dev/schemas/encounter.schema.json";

export function schemaCheck(folders: ReleaseFolder[], schemaFiles: SchemaFile[], root: string): AuthoringProblem[] {
  const { problems, broken } = uncompilableSchemas(schemaFiles);
  // Files naming a schema AJV refuses are left to that schema's own error, not misreported.
  const checkable = folders.map((folder) => ({
    ...folder,
    files: folder.files.filter(
      (file) => !broken.some((schema) => file.schemaPath?.endsWith(`/schemas/${schema.relativePath}`)),
    ),
  }));
  problems.push(
    ...schemaProblems(
      checkable,
      schemaFiles.filter((file) => !broken.includes(file)),
    ).map(fromReleaseFileError),
  );
  const ajv = createAjv({ standalone: false });
  for (const file of schemaFiles) ajv.addSchema(file.schema);
  const validateEncounter = broken.some((file) => file.id === encounterSchemaId)
    ? undefined
    : ajv.getSchema(encounterSchemaId);
  if (!validateEncounter) return problems;
  for (const folder of folders) {
    for (const file of filesWithRole(folder, "golden-cases")) {
      if (!isRecord(file.data) || !Array.isArray(file.data.cases)) continue;
      const defaults =
        isRecord(file.data.defaults) && isRecord(file.data.defaults.encounter)
          ? file.data.defaults.encounter
          : undefined;
      file.data.cases.forEach((item, index) => {
        const goldenCase =
          defaults && isRecord(item) && isRecord(item.encounter)
            ? { ...item, encounter: { ...defaults, ...item.encounter } }
            : item;
        if (!isRecord(goldenCase) || !isRecord(goldenCase.encounter) || validateEncounter(goldenCase.encounter)) return;
        for (const entry of toSchemaErrors(validateEncounter.errors ?? []).errors) {
          problems.push(
            error(
              displayPath(root, file.absolutePath),
              `${pointer("cases", index, "encounter")}${entry.pointer}`,
              `${entry.message} (the encounter contract, schemas/encounter.schema.json)`,
            ),
          );
        }
      });
    }
  }
  return problems;
}

/** Schemas AJV's strict mode refuses to compile: each is an error of its own, naming the schema file. */
function uncompilableSchemas(schemaFiles: SchemaFile[]): { problems: AuthoringProblem[]; broken: SchemaFile[] } {
  const problems: AuthoringProblem[] = [];
  const broken: SchemaFile[] = [];
  const ajv = createAjv({ standalone: false });
  for (const file of schemaFiles) ajv.addSchema(file.schema);
  for (const file of schemaFiles) {
    try {
      ajv.getSchema(file.id);
    } catch (reason) {
      broken.push(file);
      problems.push(
        error(`schemas/${file.relativePath}`, "", `the schema does not compile: ${(reason as Error).message}`),
      );
    }
  }
  return { problems, broken };
}

export function fromReleaseFileError(problem: ReleaseFileError): AuthoringProblem {
  return { ...error(problem.file, problem.pointer === "/" ? "" : problem.pointer, problem.detail), ...problem.place };
}
