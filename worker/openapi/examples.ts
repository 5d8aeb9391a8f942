// The contract's worked examples, typed by the generated types so they cannot drift from the
// schema unnoticed: the reference lists them for the validate operation, and the playground
// offers them as starting points (it reads them from /openapi.json).
import type { Encounter } from "../generated/types/encounter.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";

export const exampleEncounter: Encounter = {
  encounterId: "enc-001",
  dateOfService: "2026-11-02",
  payer: { type: "medicare", unitMethod: "cms" },
  provider: { discipline: "PT", npi: "1234567893" },
  diagnoses: ["M54.50"],
  services: [
    { code: "97110", minutes: 33, modifiers: ["GP"] },
    { code: "97140", minutes: 7, modifiers: ["GP"], units: 1 },
  ],
};

/** More encounters worth starting from, each showing a different family of rules at work. */
export const moreExampleEncounters: Record<string, { summary: string; value: Encounter }> = {
  massagePair: {
    summary: "97124 with 97140 on one day: an NCCI pair no modifier bypasses",
    value: {
      encounterId: "example-massage-pair",
      dateOfService: "2026-11-02",
      payer: { type: "medicare" },
      provider: { discipline: "PT", npi: "1234567893" },
      diagnoses: ["M54.50"],
      services: [
        { code: "97124", minutes: 20, modifiers: ["GP"] },
        { code: "97140", minutes: 15, modifiers: ["GP", "59"] },
      ],
    },
  },
  missingTherapyModifier: {
    summary: "Medicare therapy without GP on one line",
    value: {
      encounterId: "example-no-therapy-modifier",
      dateOfService: "2026-11-02",
      payer: { type: "medicare" },
      provider: { discipline: "PT", npi: "1234567893" },
      diagnoses: ["M25.561"],
      services: [
        { code: "97110", minutes: 25, modifiers: [] },
        { code: "97112", minutes: 14, modifiers: ["GP"] },
      ],
    },
  },
  chiropracticPair: {
    summary: "98941 with 97140: passes under 2026.3.0, a pair edit from 2026.4.0 (compare the two releases)",
    value: {
      encounterId: "example-chiropractic",
      dateOfService: "2026-11-02",
      payer: { type: "commercial" },
      provider: { discipline: "DC", npi: "1234567893" },
      diagnoses: ["M99.03"],
      services: [
        { code: "98941", modifiers: [] },
        { code: "97140", minutes: 15, modifiers: [] },
      ],
    },
  },
};

/** What the API answered for it when this was written (messages change with the rules; the shape is tested). */
export const exampleValidationResult: ValidationResult = {
  encounterId: "enc-001",
  status: "pass",
  ruleset: { version: "2026.4.0", hash: "sha256-A5fqNzEcZ75UwfDdxXrbvgOlrOJXF6q1ZOCPwUqpvE0=" },
  findings: [
    {
      ruleId: "units.cms.allocation",
      severity: "info",
      message:
        "97140 gets 1 unit(s): 0 full unit(s) plus one for its 7 remaining minutes, which outweigh 97110 (3 min). The day's 40 timed minutes allow 3 units.",
      services: [1],
      codes: ["97140"],
      fix: "Nothing to fix; bill the units as shown.",
      source: "CMS Pub 100-04 Ch.5 §20.2 (example 3)",
    },
  ],
  billing: {
    unitMethod: "cms",
    totalTimedMinutes: 40,
    totalTimedUnits: 3,
    lines: [
      { service: 0, services: [0], code: "97110", units: 2, modifiers: ["GP"] },
      { service: 1, services: [1], code: "97140", units: 1, modifiers: ["GP"] },
    ],
  },
};
