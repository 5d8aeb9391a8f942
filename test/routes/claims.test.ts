// POST /v1/claims/validate through the worker, as an EHR or clearinghouse would call it.
import { describe, expect, it } from "vitest";
import hl7ProfessionalExample from "../fixtures/claims/claim-example-professional.json";
import example1 from "../fixtures/claims/tr3-example1-commercial.837?raw";
import twoClaims from "../fixtures/claims/two-pt-claims.837?raw";
import {
  example837p,
  exampleFhirClaim,
  exampleOperationOutcome,
  exampleX12Results,
} from "../../worker/openapi/claim-examples.ts";
import { callWorker } from "../helpers/call-worker.ts";
import { therapyClaim } from "../helpers/fhir-claims.ts";

const path = "/v1/claims/validate";

function post(body: string, contentType: string, query = ""): Promise<Response> {
  return callWorker(`${path}${query}`, { method: "POST", headers: { "content-type": contentType }, body });
}

describe("POST /v1/claims/validate with a FHIR Claim", () => {
  it("answers application/fhir+json: an OperationOutcome whose error issue points at the 97140 item", async () => {
    const response = await post(
      JSON.stringify(therapyClaim([{ code: "97124", units: 2 }, { code: "97140" }])),
      "application/fhir+json",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/fhir+json");
    const outcome = await response.json<{
      resourceType: string;
      issue: { severity: string; expression: string[]; details: { coding?: { code: string }[] } }[];
    }>();
    expect(outcome.resourceType).toBe("OperationOutcome");
    const errors = outcome.issue.filter((issue) => issue.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        expression: ["Claim.item[1]", "Claim.item[0]"],
        details: expect.objectContaining({ coding: [expect.objectContaining({ code: "ncci.ptp.never-together" })] }),
      }),
    ]);
  });

  it("answers HL7's claim-example-professional with 200 and a well-formed OperationOutcome", async () => {
    const response = await post(JSON.stringify(hl7ProfessionalExample), "application/fhir+json");
    expect(response.status).toBe(200);
    const outcome = await response.json<{ resourceType: string; issue: unknown[] }>();
    expect(outcome.resourceType).toBe("OperationOutcome");
    expect(outcome.issue.length).toBeGreaterThan(0);
  });

  it("pins a ruleset release with ?ruleset=, and refuses an unknown one with 404", async () => {
    const pinned = await post(
      JSON.stringify(therapyClaim([{ code: "97110" }], {})),
      "application/fhir+json",
      "?ruleset=2026.3.0",
    );
    const outcome = await pinned.json<{ extension: { extension: { url: string; valueString?: string }[] }[] }>();
    expect(outcome.extension[0]!.extension.find((part) => part.url === "rulesetVersion")!.valueString).toBe("2026.3.0");
    expect((await post("{}", "application/fhir+json", "?ruleset=1999.1.0")).status).toBe(404);
  });

  it("refuses a FHIR resource that is not a Claim with a 422 problem, and a body that is not JSON with a 400", async () => {
    const notAClaim = await post(JSON.stringify({ resourceType: "Patient" }), "application/fhir+json");
    expect(notAClaim.status).toBe(422);
    expect(notAClaim.headers.get("content-type")).toBe("application/problem+json");
    expect(await notAClaim.json()).toMatchObject({ code: "invalid-claim" });
    const notJson = await post('{"resourceType": "Claim", "patient": secret}', "application/fhir+json");
    expect(notJson.status).toBe(400);
    const problem = await notJson.json<{ code: string; detail: string; position: object }>();
    expect(problem).toMatchObject({ code: "malformed-json", position: { line: 1, column: 38, offset: 37 } });
    expect(problem.detail).not.toContain("secret");
  });
});

describe("POST /v1/claims/validate with an 837P", () => {
  it("answers two results for two PT claims: payer type, discipline, modifiers, units, and the segment of each finding", async () => {
    const response = await post(twoClaims, "application/edi-x12");
    expect(response.status).toBe(200);
    const { claims } = await response.json<{ claims: any[] }>();
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      expect(claim.encounters[0].encounter).toMatchObject({
        payer: { type: "medicare" },
        provider: { discipline: "PT" },
      });
      expect(claim.encounters[0].findingSegments).toHaveLength(claim.encounters[0].result.findings.length);
      for (const segments of claim.encounters[0].findingSegments)
        expect(segments[0]).toMatchObject({
          segment: expect.stringMatching(/^[A-Z0-9]{2,3}$/),
          position: expect.any(Number),
          loop: expect.any(String),
        });
    }
    expect(claims[0].encounters[0].encounter.services[1]).toEqual({ code: "97140", units: 1, modifiers: ["59", "GP"] });
    expect(
      claims[1].encounters[0].result.billing.lines.map((line: { code: string; units: number }) => [
        line.code,
        line.units,
      ]),
    ).toEqual([
      ["97124", 2],
      ["97110", 2],
    ]);
  });

  it("answers the guide's example 1 with its claim not checked, each problem naming its segment", async () => {
    const { claims } = await (await post(example1, "application/edi-x12")).json<{ claims: any[] }>();
    expect(claims[0]).toMatchObject({ claimId: "26463774", status: "not-checked", encounters: [] });
    expect(claims[0].problems.map((problem: { segment: { segment: string } }) => problem.segment.segment)).toEqual([
      "HI",
      "HI",
      "PRV",
    ]);
  });

  it("refuses a malformed interchange with a 400 naming the segment number", async () => {
    const response = await post(twoClaims.replace("SE*46*0001", "SE*45*0001"), "application/edi-x12");
    expect(response.status).toBe(400);
    const problem = await response.json<{ code: string; detail: string }>();
    expect(problem.code).toBe("malformed-x12");
    expect(problem.detail).toContain("segment 48 (SE)");
  });

  it("refuses an interchange saved as Windows-1252 with a 400 malformed-x12 naming the segment and the byte, not a JSON error", async () => {
    const withAccent = twoClaims.replace("NM1*IL*1*DOE*JANE", "NM1*IL*1*DOE*JOSÉ");
    const response = await callWorker(path, {
      method: "POST",
      headers: { "content-type": "application/edi-x12" },
      body: Uint8Array.from(withAccent, (character) => character.charCodeAt(0)),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json<{ code: string; detail: string }>();
    expect(problem.code).toBe("malformed-x12");
    expect(problem.detail).toContain("segment 16 (NM1)");
    expect(problem.detail).toContain(`byte ${withAccent.indexOf("É")} of the body is not UTF-8`);
  });
});

describe("POST /v1/claims/validate answers its documented examples", () => {
  it("answers the FHIR example with exactly the OperationOutcome /openapi.json shows", async () => {
    expect(await (await post(JSON.stringify(exampleFhirClaim), "application/fhir+json")).json()).toEqual(
      exampleOperationOutcome,
    );
  });

  it("answers the 837P example with exactly the results /openapi.json shows", async () => {
    expect(await (await post(example837p, "application/edi-x12")).json()).toEqual(exampleX12Results);
  });
});

describe("POST /v1/claims/validate with anything else", () => {
  it("refuses other media types with 415 and other methods with 405", async () => {
    expect((await post("a,b", "text/csv")).status).toBe(415);
    const get = await callWorker(path);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});
