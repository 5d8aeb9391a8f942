import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../worker/openapi/openapi-types.ts";
import { exampleEncounter } from "../../worker/openapi/examples.ts";
import { callWorker, postJson } from "../helpers/call-worker.ts";
import { documentValidator } from "../openapi/validate-against-document.ts";

async function fetchDocument(): Promise<OpenApiDocument> {
  const response = await callWorker("/openapi.json");
  expect(response.status).toBe(200);
  return response.json<OpenApiDocument>();
}

/** The schema the document gives for an answer of `status` to `method path`. */
function documentedSchema(
  document: OpenApiDocument,
  method: "get" | "post",
  path: string,
  status: string,
  mediaType = "application/json",
) {
  const schema = document.paths[path]?.[method]?.responses[status]?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`${method} ${path} documents no ${mediaType} schema for ${status}`);
  return schema;
}

describe("GET /openapi.json", () => {
  it("answers an OpenAPI 3.1 document as JSON", async () => {
    const response = await callWorker("/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = await response.json<OpenApiDocument>();
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBe("ClaimLint API");
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["Encounter", "ValidationResult", "Problem", "RulesetList"]),
    );
  });

  it("answers 405 with an Allow header for POST", async () => {
    const response = await callWorker("/openapi.json", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

// The document is only useful if the worker answers as it says: each live answer is checked
// against the schema the served document gives for it.
describe("the worker answers as /openapi.json documents", () => {
  it("validates the example encounter with a ValidationResult", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(documentedSchema(document, "post", "/v1/encounters/validate", "200"));
    const answer = await (await postJson("/v1/encounters/validate", exampleEncounter)).json();
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
  });

  it("answers a schema violation with the documented 422 problem", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(
      documentedSchema(document, "post", "/v1/encounters/validate", "422", "application/problem+json"),
    );
    const response = await postJson("/v1/encounters/validate", { ...exampleEncounter, services: [] });
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(validate(problem), JSON.stringify(validate.errors)).toBe(true);
  });

  it("answers a code search and a code's rules in their documented shapes", async () => {
    const document = await fetchDocument();
    const validator = documentValidator(document);
    const validateSearch = validator(documentedSchema(document, "get", "/v1/codes", "200"));
    const search = await (await callWorker("/v1/codes?search=97&date=2026-11-02")).json();
    expect(validateSearch(search), JSON.stringify(validateSearch.errors)).toBe(true);
    const validateRules = validator(documentedSchema(document, "get", "/v1/codes/{code}/rules", "200"));
    const rules = await (await callWorker("/v1/codes/97140/rules?date=2026-11-02")).json();
    expect(validateRules(rules), JSON.stringify(validateRules.errors)).toBe(true);
  });

  it("lists the rulesets in the documented RulesetList shape", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(documentedSchema(document, "get", "/v1/rulesets", "200"));
    const list = await (await callWorker("/v1/rulesets")).json();
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
  });

  it("answers a code lookup with the catalog entry plus its ruleset, as documented", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(documentedSchema(document, "get", "/v1/codes/{code}", "200"));
    const response = await callWorker("/v1/codes/97110?date=2026-11-02");
    expect(response.status).toBe(200);
    const entry = await response.json();
    expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(entry as object), surprise: true })).toBe(false);
  });

  it("answers /healthz as documented", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(documentedSchema(document, "get", "/healthz", "200"));
    expect(validate(await (await callWorker("/healthz")).json())).toBe(true);
  });

  it("answers /problems/{code} as JSON in the documented shape", async () => {
    const document = await fetchDocument();
    const validate = documentValidator(document)(documentedSchema(document, "get", "/problems/{code}", "200"));
    const response = await callWorker("/problems/not-found", { headers: { accept: "application/json" } });
    const description = await response.json();
    expect(validate(description), JSON.stringify(validate.errors)).toBe(true);
  });
});
