import { describe, expect, it } from "vitest";
import { locateFinding } from "../../worker/claims/locate-finding.ts";
import type { EncounterLocations } from "../../worker/claims/mapped-claim.ts";
import type { Finding } from "../../worker/generated/types/validation-result.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const encounter = encounterWith(
  [timed("97124", 15, { modifiers: ["GP"] }), timed("97140", 8, { modifiers: ["59", "GP"] })],
  { diagnoses: ["M54.50", "M62.81"] },
);
const locations: EncounterLocations<string> = {
  claim: "Claim",
  dateOfService: "Claim.item[0].servicedDate",
  payer: "Claim.insurance[0].coverage",
  provider: "Claim.careTeam[0].qualification",
  npi: "Claim.careTeam[0].provider.identifier",
  diagnoses: ["Claim.diagnosis[0]", "Claim.diagnosis[1]"],
  services: [
    { line: "Claim.item[0]", modifiers: ["Claim.item[0].modifier[0]"] },
    { line: "Claim.item[1]", modifiers: ["Claim.item[1].modifier[0]", "Claim.item[1].modifier[1]"] },
  ],
};

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: "x.y", severity: "error", message: "", services: [], codes: [], fix: "", source: "", ...overrides };
}

describe("locateFinding", () => {
  it("points a pair edit first at the line it took off the claim, then at the other", () => {
    const pair = finding({
      ruleId: "ncci.ptp.never-together",
      services: [0, 1],
      codes: ["97124", "97140"],
      message: "97140 may not be billed with 97124",
    });
    expect(
      locateFinding(pair, encounter, locations, [
        { service: 0, services: [0], code: "97124", units: 1, modifiers: ["GP"] },
      ]),
    ).toEqual(["Claim.item[1]", "Claim.item[0]"]);
  });

  it("points a pair finding that takes nothing off at its second (column-2) line first", () => {
    const pair = finding({
      ruleId: "ncci.ptp.modifier-missing",
      services: [0, 1],
      message: "97140 is billed with 97124",
    });
    expect(locateFinding(pair, encounter, locations, [])).toEqual(["Claim.item[1]", "Claim.item[0]"]);
  });

  it("points at the line's modifier when the finding is about one of them", () => {
    const prefer = finding({
      ruleId: "modifiers.prefer-x-modifier",
      services: [1],
      message: "97140 carries 59; an X modifier says more",
    });
    expect(locateFinding(prefer, encounter, locations, [])).toEqual(["Claim.item[1].modifier[0]"]);
  });

  it("points diagnosis findings at the diagnoses they name, dot or no dot", () => {
    const diagnosis = finding({ ruleId: "diagnoses.invalid-format", codes: ["M6281"] });
    expect(locateFinding(diagnosis, encounter, locations, [])).toEqual(["Claim.diagnosis[1]"]);
  });

  it("points NPI findings at the NPI and who-may-bill findings at the provider, though they name every line", () => {
    expect(
      locateFinding(finding({ ruleId: "provider.npi-check-digit", services: [0, 1] }), encounter, locations, []),
    ).toEqual(["Claim.careTeam[0].provider.identifier"]);
    expect(
      locateFinding(
        finding({ ruleId: "who-may-bill.massage-therapist-medicare", services: [0, 1] }),
        encounter,
        locations,
        [],
      ),
    ).toEqual(["Claim.careTeam[0].qualification"]);
  });

  it("points a finding about nothing it can place at the claim", () => {
    expect(locateFinding(finding({}), encounter, locations, [])).toEqual(["Claim"]);
  });
});
