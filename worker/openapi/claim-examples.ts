// Worked examples for /v1/claims/validate, typed by the generated types so they cannot drift
// from the schemas unnoticed. The answers are the API's own, in full: a test sends each example
// and expects exactly the documented answer (released rulesets never change, nor do their hashes).
import type { FhirOperationOutcome } from "../generated/types/claims/fhir-operation-outcome.ts";
import type { X12ClaimResults } from "../generated/types/claims/x12-claim-results.ts";

/** A Medicare PT claim billing 97124 ×2 and 97140 on 2026-11-02. */
export const exampleFhirClaim = {
  resourceType: "Claim",
  id: "pt-claim-1",
  contained: [
    {
      resourceType: "Coverage",
      id: "coverage",
      status: "active",
      type: {
        coding: [
          {
            system: "https://nahdo.org/sopt",
            code: "1",
            display: "MEDICARE",
          },
        ],
      },
    },
  ],
  identifier: [
    {
      system: "https://clinic.example/claims",
      value: "PT-2001",
    },
  ],
  status: "active",
  type: {
    coding: [
      {
        system: "http://terminology.hl7.org/CodeSystem/claim-type",
        code: "professional",
      },
    ],
  },
  use: "claim",
  patient: {
    reference: "Patient/1",
  },
  created: "2026-11-03",
  provider: {
    reference: "Organization/1",
  },
  priority: {
    coding: [
      {
        code: "normal",
      },
    ],
  },
  careTeam: [
    {
      sequence: 1,
      provider: {
        identifier: {
          system: "http://hl7.org/fhir/sid/us-npi",
          value: "1234567893",
        },
      },
      qualification: {
        coding: [
          {
            system: "http://nucc.org/provider-taxonomy",
            code: "225100000X",
            display: "Physical Therapist",
          },
        ],
      },
    },
  ],
  diagnosis: [
    {
      sequence: 1,
      diagnosisCodeableConcept: {
        coding: [
          {
            system: "http://hl7.org/fhir/sid/icd-10-cm",
            code: "M54.50",
          },
        ],
      },
    },
  ],
  insurance: [
    {
      sequence: 1,
      focal: true,
      coverage: {
        reference: "#coverage",
      },
    },
  ],
  item: [
    {
      sequence: 1,
      careTeamSequence: [1],
      diagnosisSequence: [1],
      productOrService: {
        coding: [
          {
            system: "http://www.ama-assn.org/go/cpt",
            code: "97124",
          },
        ],
      },
      modifier: [
        {
          coding: [
            {
              system: "http://www.ama-assn.org/go/cpt",
              code: "GP",
            },
          ],
        },
      ],
      quantity: {
        value: 2,
      },
      servicedDate: "2026-11-02",
    },
    {
      sequence: 2,
      careTeamSequence: [1],
      diagnosisSequence: [1],
      productOrService: {
        coding: [
          {
            system: "http://www.ama-assn.org/go/cpt",
            code: "97140",
          },
        ],
      },
      modifier: [
        {
          coding: [
            {
              system: "http://www.ama-assn.org/go/cpt",
              code: "GP",
            },
          ],
        },
      ],
      quantity: {
        value: 1,
      },
      servicedDate: "2026-11-02",
    },
  ],
};

/** Its answer, in full: the pair edit at the 97140 item, and the warning that 97124's units, sent without minutes, could not be checked. */
export const exampleOperationOutcome: FhirOperationOutcome = {
  resourceType: "OperationOutcome",
  extension: [
    {
      url: "https://claimlint.dev/fhir/StructureDefinition/validated-visit",
      extension: [
        {
          url: "encounterId",
          valueString: "PT-2001",
        },
        {
          url: "dateOfService",
          valueDate: "2026-11-02",
        },
        {
          url: "status",
          valueCode: "fail",
        },
        {
          url: "rulesetVersion",
          valueString: "2026.4.0",
        },
        {
          url: "rulesetHash",
          valueString: "sha256-TxXYxsqzjAqzAez1MjNxFsv7EiqqSoRS0elj8P+OM1o=",
        },
        {
          url: "unitMethod",
          valueCode: "cms",
        },
        {
          url: "billingLine",
          extension: [
            {
              url: "item",
              valueString: "Claim.item[0]",
            },
            {
              url: "code",
              valueCoding: {
                system: "http://www.ama-assn.org/go/cpt",
                code: "97124",
              },
            },
            {
              url: "units",
              valuePositiveInt: 2,
            },
            {
              url: "modifier",
              valueCode: "GP",
            },
          ],
        },
      ],
    },
  ],
  issue: [
    {
      extension: [
        {
          url: "https://claimlint.dev/fhir/StructureDefinition/finding-source",
          valueString:
            "A common commercial-payer policy for massage therapy billing (not found in CMS's practitioner PTP file, which may differ).",
        },
      ],
      severity: "error",
      code: "business-rule",
      details: {
        coding: [
          {
            system: "https://claimlint.dev/fhir/CodeSystem/rule",
            code: "ncci.ptp.never-together",
          },
        ],
        text: "97140 (service 1) may not be billed with 97124 (service 0) on the same date of service: an NCCI pair edit with modifier indicator 0 (Mutually exclusive procedures), which no modifier bypasses. 97140 is left off the claim.",
      },
      diagnostics: "Remove 97140; bill 97124. No modifier changes this.",
      expression: ["Claim.item[1]", "Claim.item[0]"],
    },
    {
      extension: [
        {
          url: "https://claimlint.dev/fhir/StructureDefinition/finding-source",
          valueString: "CMS Pub 100-04 Ch.5 §20.2 (timed codes are billed by direct treatment minutes)",
        },
      ],
      severity: "warning",
      code: "required",
      details: {
        coding: [
          {
            system: "https://claimlint.dev/fhir/CodeSystem/rule",
            code: "units.minutes-missing",
          },
        ],
        text: "97124 is billed by time but the line has no minutes, so its units could not be checked and it does not count toward the day's timed minutes; it is billed with the units sent (1 if none).",
      },
      diagnostics: "Send the direct one-on-one treatment minutes for 97124 so its units can be checked.",
      expression: ["Claim.item[0]"],
    },
  ],
};

/** An 837P with one Medicare Part B PT claim billing 97124 ×2 and 97140 with 59. */
export const example837p =
  "ISA*00*          *00*          *ZZ*CLAIMLINTTEST  *ZZ*MEDICAREMAC    *261103*0900*^*00501*000000102*0*T*:~\nGS*HC*CLAIMLINTTEST*MEDICAREMAC*20261103*0900*102*X*005010X222A1~\nST*837*0001*005010X222A1~\nBHT*0019*00*PT20261103*20261103*0900*CH~\nNM1*41*2*RIVERSIDE PHYSICAL THERAPY*****46*RPT01~\nPER*IC*BILLING OFFICE*TE*5555550100~\nNM1*40*2*MEDICARE MAC*****46*MAC01~\nHL*1**20*1~\nPRV*BI*PXC*225100000X~\nNM1*85*2*RIVERSIDE PHYSICAL THERAPY*****XX*1234567893~\nN3*12 RIVER RD~\nN4*SPRINGFIELD*IL*62701~\nREF*EI*371234567~\nHL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*DOE*JANE****MI*1EG4TE5MK73~\nNM1*PR*2*MEDICARE MAC*****PI*MAC01~\nCLM*PT-1002*110.00***11:B:1*Y*A*Y*Y~\nHI*ABK:M5450~\nNM1*82*1*RIVERA*ANA****XX*1234567893~\nPRV*PE*PXC*225100000X~\nLX*1~\nSV1*HC:97124:GP*60.00*UN*2***1~\nDTP*472*D8*20261103~\nLX*2~\nSV1*HC:97140:59:GP*50.00*UN*1***1~\nDTP*472*D8*20261103~\nSE*26*0001~\nGE*1*102~\nIEA*1*000000102~\n";

/** Its answer, in full. */
export const exampleX12Results: X12ClaimResults = {
  claims: [
    {
      claimId: "PT-1002",
      segment: {
        transactionSet: "0001",
        loop: "2300",
        segment: "CLM",
        position: 16,
        segmentNumber: 18,
        element: "CLM01",
      },
      status: "fail",
      problems: [],
      encounters: [
        {
          encounter: {
            encounterId: "PT-1002",
            dateOfService: "2026-11-03",
            payer: {
              type: "medicare",
            },
            provider: {
              discipline: "PT",
              npi: "1234567893",
            },
            diagnoses: ["M5450"],
            services: [
              {
                code: "97124",
                units: 2,
                modifiers: ["GP"],
              },
              {
                code: "97140",
                units: 1,
                modifiers: ["59", "GP"],
              },
            ],
          },
          result: {
            encounterId: "PT-1002",
            status: "fail",
            ruleset: {
              version: "2026.4.0",
              hash: "sha256-TxXYxsqzjAqzAez1MjNxFsv7EiqqSoRS0elj8P+OM1o=",
            },
            findings: [
              {
                ruleId: "ncci.ptp.never-together",
                severity: "error",
                message:
                  "97140 (service 1) may not be billed with 97124 (service 0) on the same date of service: an NCCI pair edit with modifier indicator 0 (Mutually exclusive procedures), which no modifier bypasses. 97140 is left off the claim.",
                services: [0, 1],
                codes: ["97124", "97140"],
                fix: "Remove 97140; bill 97124. No modifier changes this.",
                source:
                  "A common commercial-payer policy for massage therapy billing (not found in CMS's practitioner PTP file, which may differ).",
              },
              {
                ruleId: "units.minutes-missing",
                severity: "warning",
                message:
                  "97124 is billed by time but the line has no minutes, so its units could not be checked and it does not count toward the day's timed minutes; it is billed with the units sent (1 if none).",
                services: [0],
                codes: ["97124"],
                fix: "Send the direct one-on-one treatment minutes for 97124 so its units can be checked.",
                source: "CMS Pub 100-04 Ch.5 §20.2 (timed codes are billed by direct treatment minutes)",
              },
            ],
            billing: {
              unitMethod: "cms",
              totalTimedMinutes: 0,
              totalTimedUnits: 0,
              lines: [
                {
                  service: 0,
                  services: [0],
                  code: "97124",
                  units: 2,
                  modifiers: ["GP"],
                },
              ],
            },
          },
          findingSegments: [
            [
              {
                transactionSet: "0001",
                loop: "2400",
                segment: "SV1",
                position: 24,
                segmentNumber: 26,
              },
              {
                transactionSet: "0001",
                loop: "2400",
                segment: "SV1",
                position: 21,
                segmentNumber: 23,
              },
            ],
            [
              {
                transactionSet: "0001",
                loop: "2400",
                segment: "SV1",
                position: 21,
                segmentNumber: 23,
              },
            ],
          ],
        },
      ],
    },
  ],
};
