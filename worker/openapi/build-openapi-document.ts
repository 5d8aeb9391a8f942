// Builds the OpenAPI 3.1 document from what each route module says about its own paths and
// from the schema files themselves: pure, so it is tested directly and built once per isolate.
import {
  httpMethods,
  type InfoObject,
  type JsonSchema,
  type OpenApiDocument,
  type OpenApiPaths,
  type PathItemObject,
  type SchemaDocument,
  type SecuritySchemeObject,
  type TagObject,
} from "./openapi-types.ts";
import { schemaComponents } from "./schema-components.ts";

export const jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

export interface OpenApiDocumentInput {
  info: InfoObject;
  /** Every route module's `openApiPaths`. */
  routes: readonly OpenApiPaths[];
  /** The schema files the routes refer to (and those they refer to in turn). */
  schemas: readonly SchemaDocument[];
  /** Tags with descriptions; a tag an operation uses without one here is still listed. */
  tags?: readonly TagObject[];
  securitySchemes?: Record<string, SecuritySchemeObject>;
}

export function buildOpenApiDocument(input: OpenApiDocumentInput): OpenApiDocument {
  const components = schemaComponents(input.schemas);
  const paths = components.rewriteReferences(mergePaths(input.routes), "#/paths");
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    jsonSchemaDialect,
    info: input.info,
    tags: collectTags(paths, input.tags ?? []),
    paths,
    components: { schemas: reachableSchemas(paths, components.schemas) },
  };
  if (input.securitySchemes) document.components.securitySchemes = input.securitySchemes;
  return document;
}

/** Path items from several modules merge by method; two modules documenting the same operation is a mistake. */
export function mergePaths(routes: readonly OpenApiPaths[]): OpenApiPaths {
  const merged: OpenApiPaths = {};
  for (const route of routes) {
    for (const [path, item] of Object.entries(route)) {
      const existing: PathItemObject = merged[path] ?? {};
      for (const method of httpMethods) {
        if (item[method] && existing[method]) throw new Error(`${method.toUpperCase()} ${path} is documented twice`);
      }
      merged[path] = { ...existing, ...item };
    }
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}

function collectTags(paths: OpenApiPaths, declared: readonly TagObject[]): TagObject[] {
  const tags = [...declared];
  for (const item of Object.values(paths)) {
    for (const method of httpMethods) {
      for (const name of item[method]?.tags ?? []) {
        if (!tags.some((tag) => tag.name === name)) tags.push({ name });
      }
    }
  }
  // Declared tags no operation uses would be empty sections in the reference.
  return tags.filter((tag) =>
    Object.values(paths).some((item) => httpMethods.some((method) => item[method]?.tags?.includes(tag.name))),
  );
}

/** Only the components the paths reach, directly or through other components. */
function reachableSchemas(paths: OpenApiPaths, schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const reached = new Set<string>();
  const pending = referencedComponents(paths);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name) || !(name in schemas)) continue;
    reached.add(name);
    pending.push(...referencedComponents(schemas[name]));
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}

function referencedComponents(value: unknown): string[] {
  const names: string[] = [];
  JSON.stringify(value, (key, item: unknown) => {
    if (key === "$ref" && typeof item === "string") {
      const match = /^#\/components\/schemas\/([^/]+)/.exec(item);
      if (match) names.push(match[1]!);
    }
    return item;
  });
  return names;
}
