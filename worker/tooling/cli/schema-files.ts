// Finds the JSON Schemas under schemas/ for the build and the rule tooling (Node only).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export const projectRoot = new URL("../../../", import.meta.url).pathname;
export const schemasDirectory = join(projectRoot, "schemas");

export interface SchemaFile {
  /** Path from schemas/, e.g. `rules/catalog.schema.json`. */
  relativePath: string;
  /** The schema's $id. */
  id: string;
  /** PascalCase name for generated types and validators, from the schema's title. */
  title: string;
  schema: Record<string, unknown>;
}

export function listSchemaFiles(directory = schemasDirectory): SchemaFile[] {
  const files: SchemaFile[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".schema.json")) continue;
    const path = join(entry.parentPath, entry.name);
    const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    files.push({
      relativePath: relative(directory, path),
      id: String(schema.$id),
      title: String(schema.title),
      schema,
    });
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
