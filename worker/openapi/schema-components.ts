// Turns the files of schemas/ into OpenAPI components: each file becomes a component named
// by its title, each of its `$defs` a component of its own, and every `$ref` (relative inside a
// file, absolute from a route module) is rewritten to `#/components/schemas/<name>`.
import type { JsonSchema, SchemaDocument } from "./openapi-types.ts";

const componentPrefix = "#/components/schemas/";

/** Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference. */
const dataKeywords = new Set(["const", "default", "enum", "example", "examples"]);
/** Keywords whose keys are names (a property called `default` is a schema, not data). */
const namedSchemaKeywords = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

export interface SchemaComponents {
  schemas: Record<string, JsonSchema>;
  /** Rewrites every `$ref` in a value (e.g. the merged paths) to point into the components; `base` resolves relative ones. */
  rewriteReferences<T>(value: T, where: string, base?: string): T;
}

export function schemaComponents(documents: readonly SchemaDocument[]): SchemaComponents {
  // Resource URI (no fragment) → component name, and `<uri>#/$defs/<name>` → component name.
  const componentByUri = new Map<string, string>();
  const register = (uri: string, name: string, where: string) => {
    const existing = [...componentByUri].find(([, known]) => known === name);
    if (existing)
      throw new Error(`${where} and ${existing[0]} would both be component ${name}; give one a distinct title`);
    componentByUri.set(uri, name);
  };
  for (const document of documents) {
    register(document.$id, document.title, document.$id);
    for (const [definition, schema] of Object.entries(document.$defs ?? {})) {
      register(
        `${document.$id}#/$defs/${definition}`,
        definitionName(definition, schema),
        `${document.$id}#/$defs/${definition}`,
      );
    }
  }

  const resolveReference = (reference: string, where: string, base: string | undefined): string => {
    if (reference.startsWith(componentPrefix)) return reference;
    let absolute: URL;
    try {
      absolute = new URL(reference, base);
    } catch {
      throw new Error(`$ref ${reference} at ${where} is relative, but nothing says what it is relative to`);
    }
    const fragment = decodeURIComponent(absolute.hash.replace(/^#/, ""));
    absolute.hash = "";
    const resource = absolute.href;
    const definition = /^\/\$defs\/([^/]+)(.*)$/.exec(fragment);
    const target = definition
      ? { name: componentByUri.get(`${resource}#/$defs/${definition[1]}`), rest: definition[2] ?? "" }
      : { name: componentByUri.get(resource), rest: fragment };
    if (!target.name) {
      throw new Error(
        `$ref ${reference} at ${where} names a schema the document was not given (add its file to the documented schemas)`,
      );
    }
    return `${componentPrefix}${target.name}${target.rest}`;
  };

  const rewriteReferences = <T>(value: T, where: string, base?: string): T =>
    mapReferences(value, where, (reference, at) => resolveReference(reference, at, base));

  const schemas: Record<string, JsonSchema> = {};
  for (const document of documents) {
    const { $id, $schema: _dialect, $defs, ...root } = document;
    // `$id` must go: inside the document a component with its own `$id` would resolve `#/…` against itself.
    schemas[document.title] = rewriteReferences(root, $id, $id);
    for (const [definition, schema] of Object.entries($defs ?? {})) {
      schemas[definitionName(definition, schema)] = rewriteReferences(schema, `${$id}#/$defs/${definition}`, $id);
    }
  }
  return { schemas, rewriteReferences };
}

/** A definition's component name: its title, else its key in PascalCase (the name the generated TS type has). */
export function definitionName(definition: string, schema: JsonSchema): string {
  if (typeof schema.title === "string") return schema.title;
  return definition.charAt(0).toUpperCase() + definition.slice(1);
}

/** A copy of `value` with every `$ref` replaced by `replace(reference, whereItIs)`; data (examples, enums, defaults) is left alone. */
export function mapReferences<T>(value: T, where: string, replace: (reference: string, where: string) => string): T {
  return rewrite(value, where, replace) as T;
}

type Replace = (reference: string, where: string) => string;

function rewrite(value: unknown, where: string, replace: Replace): unknown {
  if (Array.isArray(value)) return value.map((item, index) => rewrite(item, `${where}/${index}`, replace));
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "$ref" && typeof item === "string") copy[key] = replace(item, where);
    else if (dataKeywords.has(key)) copy[key] = item;
    else if (namedSchemaKeywords.has(key) && isObject(item)) copy[key] = rewriteNamed(item, `${where}/${key}`, replace);
    else copy[key] = rewrite(item, `${where}/${key}`, replace);
  }
  return copy;
}

function rewriteNamed(named: Record<string, unknown>, where: string, replace: Replace): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(named).map(([name, schema]) => [name, rewrite(schema, `${where}/${name}`, replace)]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
