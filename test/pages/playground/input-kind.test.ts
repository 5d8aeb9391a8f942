import { describe, expect, it } from "vitest";
import { readPlaygroundInput, requestFor } from "../../../worker/pages/playground/input-kind.ts";
import { example837p, exampleFhirClaim } from "../../../worker/openapi/claim-examples.ts";

describe("reading the playground's text", () => {
  it("reads text starting with ISA as an 837P, after whitespace or a byte-order mark", () => {
    expect(readPlaygroundInput(example837p)).toEqual({ kind: "x12", text: example837p });
    expect(readPlaygroundInput(`\uFEFF\n  ${example837p}`)).toEqual({ kind: "x12", text: example837p });
  });

  it("reads JSON whose resourceType is Claim or Bundle as FHIR", () => {
    expect(readPlaygroundInput(JSON.stringify(exampleFhirClaim)).kind).toBe("fhir");
    expect(readPlaygroundInput('{"resourceType":"Bundle","type":"batch","entry":[]}').kind).toBe("fhir");
  });

  it("reads any other JSON as an encounter, a Patient resource included", () => {
    expect(readPlaygroundInput('{"encounterId":"e1","services":[]}')).toEqual({
      kind: "encounter",
      body: { encounterId: "e1", services: [] },
    });
    expect(readPlaygroundInput('{"resourceType":"Patient"}').kind).toBe("encounter");
    expect(readPlaygroundInput("[1, 2]").kind).toBe("encounter");
  });

  it("says why text that is neither JSON nor an 837P cannot be sent", () => {
    const input = readPlaygroundInput("GS*HC*SENDER~");
    expect(input.kind).toBe("not-json");
    expect(requestFor(input, "")).toBeUndefined();
  });
});

describe("the request for each kind", () => {
  it("sends an encounter as JSON to the encounter route, the release in the query and nothing else", () => {
    expect(requestFor(readPlaygroundInput('{"encounterId":"e1"}'), "2026.3.0")).toEqual({
      path: "/v1/encounters/validate?ruleset=2026.3.0",
      contentType: "application/json",
      body: '{"encounterId":"e1"}',
    });
  });

  it("sends a FHIR Claim as application/fhir+json and an 837P as application/edi-x12 to the claims route", () => {
    const fhir = requestFor(readPlaygroundInput(JSON.stringify(exampleFhirClaim)), "");
    expect(fhir).toMatchObject({ path: "/v1/claims/validate", contentType: "application/fhir+json" });
    expect(JSON.parse(fhir!.body)).toEqual(exampleFhirClaim);
    expect(requestFor(readPlaygroundInput(example837p), "2026.4.0")).toEqual({
      path: "/v1/claims/validate?ruleset=2026.4.0",
      contentType: "application/edi-x12",
      body: example837p,
    });
  });
});
