// The parts of the OpenAPI 3.1 object model this API uses. Route modules build their
// `openApiPaths` from these; the document builder merges them.

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it unchanged. */
export type JsonSchema = { [keyword: string]: unknown };

/** One file of schemas/: a schema resource with its own `$id`, a title and maybe `$defs`. */
export interface SchemaDocument {
  $id: string;
  title: string;
  $defs?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value: unknown;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header";
  description: string;
  required?: boolean;
  schema: JsonSchema;
  example?: unknown;
}

export interface HeaderObject {
  description: string;
  schema: JsonSchema;
}

export interface RequestBodyObject {
  description?: string;
  required?: boolean;
  content: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaTypeObject>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject>;
  security?: SecurityRequirement[];
}

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type PathItemObject = {
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
} & Partial<Record<HttpMethod, OperationObject>>;

/** What a route module exports beside its sub-app: its full paths (mount prefix included), OpenAPI style (`{code}`, not `:code`). */
export type OpenApiPaths = Record<string, PathItemObject>;

export interface TagObject {
  name: string;
  description?: string;
}

export interface InfoObject {
  title: string;
  version: string;
  summary?: string;
  description?: string;
}

export interface SecuritySchemeObject {
  type: "http" | "apiKey";
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: InfoObject;
  tags: TagObject[];
  paths: OpenApiPaths;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, SecuritySchemeObject>;
  };
}
