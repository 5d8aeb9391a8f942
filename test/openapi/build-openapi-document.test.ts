import { describe, expect, it } from "vitest";
import {
  buildOpenApiDocument,
  mergePaths,
  type OpenApiDocumentInput,
} from "../../worker/openapi/build-openapi-document.ts";
import type { OpenApiPaths, SchemaDocument } from "../../worker/openapi/openapi-types.ts";

const petSchema: SchemaDocument = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://example.test/schemas/pet.schema.json",
  title: "Pet",
  type: "object",
  properties: {
    name: { type: "string", description: "The pet's name.", examples: [{ $ref: "not a reference, just data" }] },
    owner: { $ref: "#/$defs/owner" },
    collar: { $ref: "shared/collar.schema.json" },
    // A property called like a data keyword is still a schema.
    default: { $ref: "#/$defs/owner" },
  },
  $defs: {
    owner: { description: "Who keeps it.", type: "object", properties: { home: { $ref: "#/$defs/address" } } },
    address: { title: "PostalAddress", type: "string" },
  },
};

const collarSchema: SchemaDocument = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://example.test/schemas/shared/collar.schema.json",
  title: "Collar",
  type: "object",
  properties: { tag: { $ref: "../pet.schema.json#/$defs/owner" } },
};

const unusedSchema: SchemaDocument = {
  $id: "https://example.test/schemas/unused.schema.json",
  title: "Unused",
  type: "string",
};

function getPet(schemaRef: string): OpenApiPaths {
  return {
    "/pets/{name}": {
      get: {
        operationId: "getPet",
        summary: "Get a pet",
        tags: ["Pets"],
        responses: {
          "200": { description: "The pet.", content: { "application/json": { schema: { $ref: schemaRef } } } },
        },
      },
    },
  };
}

function input(overrides: Partial<OpenApiDocumentInput> = {}): OpenApiDocumentInput {
  return {
    info: { title: "Pets", version: "1.0.0" },
    routes: [getPet("https://example.test/schemas/pet.schema.json")],
    schemas: [petSchema, collarSchema, unusedSchema],
    ...overrides,
  };
}

describe("buildOpenApiDocument", () => {
  it("declares OpenAPI 3.1 with JSON Schema 2020-12 as the schema dialect", () => {
    const document = buildOpenApiDocument(input());
    expect(document.openapi).toBe("3.1.0");
    expect(document.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("makes each schema file a component named by its title and each of its $defs one named by title or key", () => {
    const { schemas } = buildOpenApiDocument(input()).components;
    expect(Object.keys(schemas).sort()).toEqual(["Collar", "Owner", "Pet", "PostalAddress"]);
  });

  it("rewrites a file's own #/$defs references to component references", () => {
    const { schemas } = buildOpenApiDocument(input()).components;
    expect(schemas.Pet!.properties).toMatchObject({
      owner: { $ref: "#/components/schemas/Owner" },
      default: { $ref: "#/components/schemas/Owner" },
    });
    expect(schemas.Owner!.properties).toEqual({ home: { $ref: "#/components/schemas/PostalAddress" } });
  });

  it("resolves references to other files relative to the referring file's $id", () => {
    const { schemas } = buildOpenApiDocument(input()).components;
    expect(schemas.Pet!.properties).toMatchObject({ collar: { $ref: "#/components/schemas/Collar" } });
    expect(schemas.Collar!.properties).toEqual({ tag: { $ref: "#/components/schemas/Owner" } });
  });

  it("rewrites a route's absolute reference to a file or to one of its $defs", () => {
    const document = buildOpenApiDocument(
      input({ routes: [getPet("https://example.test/schemas/pet.schema.json#/$defs/owner")] }),
    );
    expect(document.paths["/pets/{name}"]!.get!.responses["200"]!.content!["application/json"]!.schema).toEqual({
      $ref: "#/components/schemas/Owner",
    });
  });

  it("drops $id and $schema from components, so #/ references inside them mean the document", () => {
    const { schemas } = buildOpenApiDocument(input()).components;
    for (const schema of Object.values(schemas)) {
      expect(schema).not.toHaveProperty("$id");
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("$defs");
    }
  });

  it("leaves $ref keys inside examples alone: they are data", () => {
    const { schemas } = buildOpenApiDocument(input()).components;
    expect(schemas.Pet!.properties).toMatchObject({ name: { examples: [{ $ref: "not a reference, just data" }] } });
  });

  it("keeps only the components the paths reach", () => {
    const { schemas } = buildOpenApiDocument(
      input({ routes: [getPet("https://example.test/schemas/shared/collar.schema.json")] }),
    ).components;
    expect(Object.keys(schemas).sort()).toEqual(["Collar", "Owner", "PostalAddress"]);
  });

  it("fails, naming the reference and where it is, when a route refers to a schema it was not given", () => {
    const build = () =>
      buildOpenApiDocument(input({ routes: [getPet("https://example.test/schemas/missing.schema.json")] }));
    expect(build).toThrow(/missing\.schema\.json at #\/paths\/\/pets\/\{name\}\/get\/responses\/200/);
  });

  it("fails when a reference names a $defs entry the file lacks", () => {
    const build = () =>
      buildOpenApiDocument(input({ routes: [getPet("https://example.test/schemas/pet.schema.json#/$defs/vet")] }));
    expect(build).toThrow(/names a schema the document was not given/);
  });

  it("fails when two schemas would share a component name", () => {
    const twin: SchemaDocument = {
      $id: "https://example.test/schemas/other-pet.schema.json",
      title: "Pet",
      type: "object",
    };
    expect(() => buildOpenApiDocument(input({ schemas: [petSchema, collarSchema, twin] }))).toThrow(
      /both be component Pet/,
    );
  });

  it("lists declared tags the operations use, then undeclared ones, and drops declared tags nobody uses", () => {
    const tags = [{ name: "Owners", description: "Nobody documents these." }];
    const document = buildOpenApiDocument(input({ tags }));
    expect(document.tags).toEqual([{ name: "Pets" }]);
    const described = buildOpenApiDocument(input({ tags: [{ name: "Pets", description: "Animals." }] }));
    expect(described.tags).toEqual([{ name: "Pets", description: "Animals." }]);
  });

  it("adds security schemes to the components when given", () => {
    const document = buildOpenApiDocument(input({ securitySchemes: { apiKey: { type: "http", scheme: "bearer" } } }));
    expect(document.components.securitySchemes).toEqual({ apiKey: { type: "http", scheme: "bearer" } });
  });
});

describe("mergePaths", () => {
  const operation = (operationId: string) => ({
    operationId,
    summary: operationId,
    responses: { "204": { description: "Done." } },
  });

  it("merges two modules' methods on the same path", () => {
    const merged = mergePaths([{ "/things": { get: operation("list") } }, { "/things": { post: operation("add") } }]);
    expect(Object.keys(merged["/things"]!)).toEqual(["get", "post"]);
  });

  it("orders paths alphabetically whatever the order of the modules", () => {
    const merged = mergePaths([{ "/zebras": { get: operation("zebras") } }, { "/apes": { get: operation("apes") } }]);
    expect(Object.keys(merged)).toEqual(["/apes", "/zebras"]);
  });

  it("fails when two modules document the same operation", () => {
    expect(() =>
      mergePaths([{ "/things": { get: operation("one") } }, { "/things": { get: operation("two") } }]),
    ).toThrow("GET /things is documented twice");
  });
});
