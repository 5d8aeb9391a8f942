// What an importer checks before it writes a table: the merged table against its schema, the
// first problems listed, so a bad import writes nothing.
import { createAjv } from "./build-validators.ts";
import { listSchemaFiles } from "./schema-files.ts";

const shownProblems = 20;

/** Each way `table` breaks the schema `schemaId`, as "  /pointer message"; empty when it is valid. */
export function tableSchemaProblems(schemaId: string, table: unknown): string[] {
  const ajv = createAjv({ standalone: false });
  for (const schema of listSchemaFiles()) ajv.addSchema(schema.schema);
  const validate = ajv.getSchema(schemaId)!;
  if (validate(table)) return [];
  return (validate.errors ?? [])
    .slice(0, shownProblems)
    .map((error) => `  ${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}
