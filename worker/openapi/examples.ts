// The contract's worked example (issue 2), typed by the generated types so it cannot drift
// from the schema unnoticed; the reference page prefills its "try it" form with it.
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

/** What the API answered for it when this was written (messages change with the rules; the shape is tested). */
export const exampleValidationResult: ValidationResult = {
  encounterId: "enc-001",
  status: "pass",
  ruleset: { version: "2026.4.0", hash: "sha256-A5fqNzEcZ75UwfDdxXrbvgOlrOJXF6q1ZOCPwUqpvE0=" },
  findings: [
    {
      ruleId: "units.cms.allocation",
      severity: "info",
      message: "97140 gets 1 unit(s): 0 full unit(s) plus one for its 7 remaining minutes, which outweigh 97110 (3 min). The day's 40 timed minutes allow 3 units.",
      services: [1],
      codes: ["97140"],
      fix: "Nothing to fix; bill the units as shown.",
      source: "CMS Pub 100-04 Ch.5 §20.2 (example 3; the user's FAQ states the same case)",
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
