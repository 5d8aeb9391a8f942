// HL7's claim-example-professional is the real published example (its source is in
// test/fixtures/claims/SOURCES.md: HL7 FHIR R4, claim-example-professional, id 860150).
import { describe, expect, it } from "vitest";
import { mapFhirClaim } from "../../../worker/claims/fhir/fhir-claim-mapping.ts";
import hl7ProfessionalExample from "../../fixtures/claims/claim-example-professional.json";
import { therapyClaim } from "../../helpers/fhir-claims.ts";

describe("mapFhirClaim", () => {
  it("maps a therapy Claim to an encounter: CPT codes, modifiers, quantity as units, ICD-10-CM, NUCC taxonomy, SOPT payer", () => {
    const claim = mapFhirClaim(
      therapyClaim([
        { code: "97124", units: 2 },
        { code: "97140", modifiers: ["59", "GP"] },
      ]),
    );
    expect(claim.claimId).toBe("PT-2001");
    expect(claim.problems).toEqual([]);
    expect(claim.visits[0]!.encounter).toEqual({
      encounterId: "PT-2001",
      dateOfService: "2026-11-02",
      payer: { type: "medicare" },
      provider: { discipline: "PT", npi: "1234567893" },
      diagnoses: ["M54.50"],
      services: [
        { code: "97124", units: 2, modifiers: ["GP"] },
        { code: "97140", units: 1, modifiers: ["59", "GP"] },
      ],
    });
    expect(claim.visits[0]!.locations).toMatchObject({
      payer: "Claim.insurance[0].coverage",
      provider: "Claim.careTeam[0].qualification.coding[0]",
      npi: "Claim.careTeam[0].provider.identifier",
      diagnoses: ["Claim.diagnosis[0].diagnosisCodeableConcept.coding[0]"],
      services: [
        { line: "Claim.item[0]", modifiers: ["Claim.item[0].modifier[0]"] },
        { line: "Claim.item[1]", modifiers: ["Claim.item[1].modifier[0]", "Claim.item[1].modifier[1]"] },
      ],
    });
  });

  it("reads minutes from ClaimLint's treatment-minutes extension and the 97139 narrative from productOrService.text", () => {
    const claim = mapFhirClaim(
      therapyClaim([
        { code: "97110", units: 2, minutes: 33 },
        { code: "97139", text: "Cupping, lumbar, 10 minutes" },
      ]),
    );
    expect(claim.visits[0]!.encounter.services).toEqual([
      { code: "97110", units: 2, minutes: 33, modifiers: ["GP"] },
      { code: "97139", units: 1, modifiers: ["GP"], description: "Cupping, lumbar, 10 minutes" },
    ]);
  });

  it("makes one encounter per date of service", () => {
    const claim = mapFhirClaim(
      therapyClaim([
        { code: "97110", date: "2026-11-02" },
        { code: "97110", date: "2026-11-04" },
      ]),
    );
    expect(claim.visits.map((visit) => [visit.encounter.encounterId, visit.encounter.dateOfService])).toEqual([
      ["PT-2001:1", "2026-11-02"],
      ["PT-2001:2", "2026-11-04"],
    ]);
  });

  it("names an unknown taxonomy at the qualification coding, and a Coverage it cannot read at the insurance", () => {
    const claim = mapFhirClaim(
      therapyClaim([{ code: "97110" }], {
        careTeam: [
          {
            sequence: 1,
            provider: { reference: "Practitioner/1" },
            qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "174400000X" }] },
          },
        ],
        insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/elsewhere" } }],
      }),
    );
    expect(claim.visits).toEqual([]);
    expect(claim.problems.map((problem) => [problem.code, problem.location])).toEqual([
      ["required", "Claim.insurance[0].coverage"],
      ["code-invalid", "Claim.careTeam[0].qualification.coding[0]"],
    ]);
  });

  it("names an item without a date of service and leaves the others checked", () => {
    const source = therapyClaim([{ code: "97110" }, { code: "97112" }]);
    delete (source.item as Record<string, unknown>[])[1]!.servicedDate;
    const claim = mapFhirClaim(source);
    expect(claim.visits[0]!.encounter.services.map((service) => service.code)).toEqual(["97110"]);
    expect(claim.problems).toEqual([
      expect.objectContaining({ code: "required", location: "Claim.item[1].servicedDate" }),
    ]);
  });

  it("maps HL7's claim-example-professional to problems naming each element it cannot use", () => {
    const claim = mapFhirClaim(hl7ProfessionalExample);
    expect(claim.claimId).toBe("8612345");
    expect(claim.visits).toEqual([]);
    expect(claim.problems.map((problem) => [problem.severity, problem.code, problem.location])).toEqual([
      ["error", "required", "Claim.insurance[0].coverage"],
      ["error", "code-invalid", "Claim.diagnosis[0].diagnosisCodeableConcept"],
      ["error", "code-invalid", "Claim.item[0].productOrService"],
      ["error", "required", "Claim.careTeam[0].qualification"],
    ]);
    expect(claim.problems[2]!.message).toContain("http://hl7.org/fhir/ex-serviceproduct|exam");
  });
});
