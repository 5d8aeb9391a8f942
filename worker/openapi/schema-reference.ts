// How route modules point at a schema in schemas/: by the schema's own `$id` URI, so the
// route documentation names the contract file and the builder decides where it lands in the document.
import type { JsonSchema, SchemaDocument } from "./openapi-types.ts";
import { mapReferences } from "./schema-components.ts";

export type SchemaReference = {
  $ref: string;
};

/** `{ $ref }` to a schema file, or to one of its `$defs` (checked here, so a typo fails when the module loads). */
export function schemaReference(document: SchemaDocument, definition?: string): SchemaReference {
  if (definition === undefined) return { $ref: document.$id };
  if (!document.$defs || !Object.hasOwn(document.$defs, definition)) {
    throw new Error(`${document.$id} has no $defs/${definition}`);
  }
  return { $ref: `${document.$id}#/$defs/${definition}` };
}

export interface DefinitionExtension {
  description: string;
  properties: Record<string, JsonSchema>;
  required: string[];
}

/**
 * One of a file's `$defs` with more properties, for answers that add fields to a stored shape
 * (a catalog entry plus the ruleset it came from). An `allOf` cannot do it: the definition's
 * `additionalProperties: false` would refuse the added fields.
 */
export function extendedDefinition(
  document: SchemaDocument,
  definition: string,
  extension: DefinitionExtension,
): JsonSchema {
  schemaReference(document, definition);
  // Its own `$ref`s are relative to its file; made absolute, the builder can place them.
  const original = mapReferences(
    document.$defs![definition]!,
    `${document.$id}#/$defs/${definition}`,
    (reference) => new URL(reference, document.$id).href,
  );
  // A title would name it after the definition it only extends.
  const { title: _title, ...untitled } = original;
  return {
    ...untitled,
    description: extension.description,
    properties: { ...(original.properties as Record<string, JsonSchema>), ...extension.properties },
    required: [...((original.required as string[] | undefined) ?? []), ...extension.required],
  };
}
