import { describe, expect, it } from "vitest";
import type { SchemaDocument } from "../../worker/openapi/openapi-types.ts";
import { extendedDefinition, schemaReference } from "../../worker/openapi/schema-reference.ts";

const catalog: SchemaDocument = {
  $id: "https://example.test/schemas/rules/catalog.schema.json",
  title: "Catalog",
  $defs: {
    code: {
      title: "Code",
      description: "One code.",
      type: "object",
      additionalProperties: false,
      required: ["code"],
      properties: { code: { type: "string" }, tags: { $ref: "#/$defs/tags" }, owner: { $ref: "../owner.schema.json" } },
    },
    tags: { type: "array", items: { type: "string" } },
  },
};

describe("schemaReference", () => {
  it("points at a schema file by its $id", () => {
    expect(schemaReference(catalog)).toEqual({ $ref: "https://example.test/schemas/rules/catalog.schema.json" });
  });

  it("points at one of its $defs", () => {
    expect(schemaReference(catalog, "code")).toEqual({
      $ref: "https://example.test/schemas/rules/catalog.schema.json#/$defs/code",
    });
  });

  it("fails at once for a definition the file lacks", () => {
    expect(() => schemaReference(catalog, "cod")).toThrow("catalog.schema.json has no $defs/cod");
  });
});

describe("extendedDefinition", () => {
  const extended = extendedDefinition(catalog, "code", {
    description: "One code and the release it comes from.",
    properties: { ruleset: { type: "string" } },
    required: ["ruleset"],
  });

  it("adds the properties and required names to the definition's own, keeping it closed", () => {
    expect(Object.keys(extended.properties as object)).toEqual(["code", "tags", "owner", "ruleset"]);
    expect(extended.required).toEqual(["code", "ruleset"]);
    expect(extended.additionalProperties).toBe(false);
    expect(extended.description).toBe("One code and the release it comes from.");
  });

  it("drops the title, which names the definition it only extends", () => {
    expect(extended).not.toHaveProperty("title");
  });

  it("makes the definition's relative references absolute, so the builder can place them", () => {
    expect(extended.properties).toMatchObject({
      tags: { $ref: "https://example.test/schemas/rules/catalog.schema.json#/$defs/tags" },
      owner: { $ref: "https://example.test/schemas/owner.schema.json" },
    });
  });

  it("leaves the schema file itself unchanged", () => {
    expect(Object.keys(catalog.$defs!.code!.properties as object)).toEqual(["code", "tags", "owner"]);
  });
});
