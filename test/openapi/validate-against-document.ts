// Compiles a schema from the OpenAPI document with AJV (tests may generate code; the worker
// may not), its `#/components/schemas/...` references resolving inside the same document.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema, OpenApiDocument } from "../../worker/openapi/openapi-types.ts";

export function documentValidator(document: OpenApiDocument): (schema: JsonSchema) => ValidateFunction {
  // `example` is an OpenAPI keyword, not a JSON Schema one.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return (schema) => ajv.compile({ ...schema, components: { schemas: document.components.schemas } });
}

/** Follows a local `#/…` JSON pointer through the document; undefined when it leads nowhere. */
export function resolvePointer(document: unknown, reference: string): unknown {
  if (!reference.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const token of reference.slice(2).split("/")) {
    const key = decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Every `$ref` in the document with where it is. */
export function allReferences(value: unknown, where = "#"): { reference: string; where: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => allReferences(item, `${where}/${index}`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "$ref" && typeof item === "string"
      ? [{ reference: item, where }]
      : allReferences(item, `${where}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`),
  );
}
