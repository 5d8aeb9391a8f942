import { describe, expect, it } from "vitest";
import { validateEncounterSchema } from "../../worker/generated/validators.js";
import { app } from "../../worker/index.ts";
import { exampleEncounter } from "../../worker/openapi/examples.ts";
import { httpMethods, type MediaTypeObject, type OpenApiDocument } from "../../worker/openapi/openapi-types.ts";
import { apiDocument } from "../../worker/routes/openapi.ts";
import { allReferences, documentValidator, resolvePointer } from "./validate-against-document.ts";

const document = apiDocument();

/** `METHOD /path` for every operation the document describes. */
function documentedOperations(openApi: OpenApiDocument): string[] {
  return Object.entries(openApi.paths).flatMap(([path, item]) =>
    httpMethods.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** `METHOD /path` for every handler the worker serves; `ALL` entries are middleware and 405 answers. */
function servedOperations(): string[] {
  const served = app.routes
    .filter((route) => route.method !== "ALL")
    .map((route) => `${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}")}`);
  return [...new Set(served)];
}

function everyMediaType(openApi: OpenApiDocument): { where: string; media: MediaTypeObject }[] {
  const found: { where: string; media: MediaTypeObject }[] = [];
  for (const [path, item] of Object.entries(openApi.paths)) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation) continue;
      for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {}))
        found.push({ where: `${method} ${path} request ${mediaType}`, media });
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [mediaType, media] of Object.entries(response.content ?? {}))
          found.push({ where: `${method} ${path} ${status} ${mediaType}`, media });
      }
    }
  }
  return found;
}

describe("the API's OpenAPI document", () => {
  it("documents every route the worker serves (a new route module goes in worker/routes/route-table.ts with its openApiPaths)", () => {
    const documented = new Set(documentedOperations(document));
    expect(servedOperations().filter((operation) => !documented.has(operation))).toEqual([]);
  });

  it("documents no operation the worker does not serve", () => {
    const served = new Set(servedOperations());
    expect(documentedOperations(document).filter((operation) => !served.has(operation))).toEqual([]);
  });

  it("includes the contract's routes", () => {
    expect(documentedOperations(document)).toEqual(
      expect.arrayContaining([
        "POST /v1/encounters/validate",
        "GET /v1/rulesets",
        "GET /v1/codes/{code}",
        "GET /healthz",
        "GET /openapi.json",
        "GET /docs",
        "GET /problems/{code}",
      ]),
    );
  });

  it("resolves every $ref inside the document", () => {
    const references = allReferences(document);
    expect(references.length).toBeGreaterThan(10);
    const dangling = references.filter(({ reference }) => resolvePointer(document, reference) === undefined);
    expect(dangling).toEqual([]);
  });

  it("keeps no $id, $schema or $defs inside components, which would change what #/ means there", () => {
    const keywords = JSON.stringify(document.components.schemas);
    expect(keywords).not.toMatch(/"\$(id|schema|defs)"/);
  });

  it("gives every operation an id, a summary, a tag and at least one documented response", () => {
    for (const item of Object.values(document.paths)) {
      for (const method of httpMethods) {
        const operation = item[method];
        if (!operation) continue;
        expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
        expect(operation.summary.length).toBeGreaterThan(3);
        expect(operation.tags?.length).toBeGreaterThan(0);
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
      }
    }
    const ids = Object.values(document.paths).flatMap((item) =>
      httpMethods.map((method) => item[method]?.operationId).filter(Boolean),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes every parameter and every non-2xx answer as a problem", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of httpMethods) {
        const operation = item[method];
        if (!operation) continue;
        for (const parameter of operation.parameters ?? [])
          expect(parameter.description, `${path} ${parameter.name}`).not.toBe("");
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status.startsWith("2")) continue;
          expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
            "application/problem+json",
          ]);
        }
      }
    }
  });

  it("names only declared security schemes, and lets /v1 callers send a key when the deployment sets API_KEYS", () => {
    const schemes = Object.keys(document.components.securitySchemes ?? {});
    for (const item of Object.values(document.paths)) {
      for (const method of httpMethods) {
        for (const requirement of item[method]?.security ?? [])
          expect(schemes).toEqual(expect.arrayContaining(Object.keys(requirement)));
      }
    }
    expect(document.paths["/v1/encounters/validate"]!.post!.security).toContainEqual({ apiKey: [] });
    expect(document.paths["/v1/encounters/validate"]!.post!.responses).toHaveProperty("401");
  });

  it("offers the contract's encounter as the validate request's example", () => {
    const body = document.paths["/v1/encounters/validate"]!.post!.requestBody!.content["application/json"]!;
    expect(Object.values(body.examples ?? {}).map((example) => example.value)).toContainEqual(exampleEncounter);
    expect(exampleEncounter).toMatchObject({
      encounterId: "enc-001",
      services: [
        { code: "97110", minutes: 33 },
        { code: "97140", minutes: 7, units: 1 },
      ],
    });
  });

  it("has an encounter example the worker's own compiled validator accepts", () => {
    expect(validateEncounterSchema(exampleEncounter), JSON.stringify(validateEncounterSchema.errors)).toBe(true);
  });

  it("has examples that each validate against the schema documented beside them", () => {
    const compile = documentValidator(document);
    const checked: string[] = [];
    for (const { where, media } of everyMediaType(document)) {
      if (!media.schema) continue;
      const validate = compile(media.schema);
      const examples = [
        ...(media.example === undefined ? [] : [media.example]),
        ...Object.values(media.examples ?? {}).map((example) => example.value),
      ];
      for (const example of examples) {
        expect(validate(example), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked.push(where);
      }
    }
    expect(checked).toContain("post /v1/encounters/validate request application/json");
    expect(checked).toContain("post /v1/encounters/validate 422 application/problem+json");
  });

  it("rejects through its Encounter component what the worker's validator rejects: a date that does not exist", () => {
    const validate = documentValidator(document)({ $ref: "#/components/schemas/Encounter" });
    expect(validate({ ...exampleEncounter, dateOfService: "2026-02-30" })).toBe(false);
    expect(validate(exampleEncounter)).toBe(true);
  });
});
