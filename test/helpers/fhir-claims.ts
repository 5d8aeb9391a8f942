// FHIR R4 Claims for tests: a Medicare physical therapy claim with a contained Coverage (Source
// of Payment Typology 1, Medicare), a care team member with NUCC taxonomy 225100000X and an NPI,
// one ICD-10-CM diagnosis, and the items given.
import type { FhirObject } from "../../worker/claims/fhir/fhir-json.ts";

export interface TestItem {
  code: string;
  modifiers?: string[];
  units?: number;
  minutes?: number;
  date?: string;
  text?: string;
}

export function fhirItem(
  { code, modifiers = ["GP"], units = 1, minutes, date = "2026-11-02", text }: TestItem,
  index: number,
): FhirObject {
  return {
    sequence: index + 1,
    careTeamSequence: [1],
    diagnosisSequence: [1],
    productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code }], ...(text ? { text } : {}) },
    modifier: modifiers.map((modifier) => ({ coding: [{ system: "http://www.ama-assn.org/go/cpt", code: modifier }] })),
    quantity: { value: units },
    servicedDate: date,
    ...(minutes !== undefined
      ? {
          extension: [
            {
              url: "https://claimlint.dev/fhir/StructureDefinition/treatment-minutes",
              valueQuantity: { value: minutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
            },
          ],
        }
      : {}),
  };
}

export function therapyClaim(items: TestItem[], overrides: FhirObject = {}): FhirObject {
  return {
    resourceType: "Claim",
    id: "pt-claim-1",
    contained: [
      {
        resourceType: "Coverage",
        id: "coverage",
        status: "active",
        type: { coding: [{ system: "https://nahdo.org/sopt", code: "1", display: "MEDICARE" }] },
      },
    ],
    identifier: [{ system: "https://clinic.example/claims", value: "PT-2001" }],
    status: "active",
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/1" },
    created: "2026-11-03",
    provider: { reference: "Organization/1" },
    priority: { coding: [{ code: "normal" }] },
    careTeam: [
      {
        sequence: 1,
        provider: { identifier: { system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" } },
        qualification: {
          coding: [{ system: "http://nucc.org/provider-taxonomy", code: "225100000X", display: "Physical Therapist" }],
        },
      },
    ],
    diagnosis: [
      {
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M54.50" }] },
      },
    ],
    insurance: [{ sequence: 1, focal: true, coverage: { reference: "#coverage" } }],
    item: items.map(fhirItem),
    ...overrides,
  };
}
