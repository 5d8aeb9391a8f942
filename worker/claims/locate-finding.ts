// Points a finding back at the claim it came from: the element to change first, then the
// others involved. A finding names encounter lines (`services`) and codes; the mapping kept
// where each line, modifier, diagnosis and the provider came from.
import type { BillingLine, Finding } from "../generated/types/validation-result.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { EncounterLocations } from "./mapped-claim.ts";

// Rules about the claim as a whole name every line; what they are about is one field.
const fieldByRuleFamily: Readonly<Record<string, "npi" | "provider" | "payer">> = {
  provider: "npi",
  "who-may-bill": "provider",
};

export function locateFinding<Location>(
  finding: Finding,
  encounter: Encounter,
  locations: EncounterLocations<Location>,
  billingLines: readonly BillingLine[],
): Location[] {
  const family = finding.ruleId.split(".")[0]!;
  const field = fieldByRuleFamily[family];
  if (field === "npi") return [locations.npi ?? locations.provider];
  if (field) return [locations[field]];
  if (finding.services.length > 0)
    return orderedServices(finding, billingLines).map((service) =>
      serviceLocation(finding, encounter, locations, service),
    );
  const diagnoses = diagnosisLocations(finding, encounter, locations);
  return diagnoses.length > 0 ? diagnoses : [locations.claim];
}

// The line to act on first: one the finding took off the claim (a pair edit's column-2 line);
// else, for a pair edit, its second line (pair findings name column 1, then column 2, the one to change).
function orderedServices(finding: Finding, billingLines: readonly BillingLine[]): number[] {
  const billed = new Set(billingLines.flatMap((line) => line.services));
  const omitted = finding.services.filter((service) => !billed.has(service));
  let primary: number | undefined;
  if (omitted.length > 0 && omitted.length < finding.services.length) primary = omitted.at(-1);
  else if (finding.ruleId.startsWith("ncci.") && finding.services.length === 2) primary = finding.services[1];
  if (primary === undefined) return finding.services;
  return [primary, ...finding.services.filter((service) => service !== primary)];
}

// A finding whose message names one of the line's own modifiers is about that modifier.
function serviceLocation<Location>(
  finding: Finding,
  encounter: Encounter,
  locations: EncounterLocations<Location>,
  service: number,
): Location {
  const lineLocations = locations.services[service];
  if (!lineLocations) return locations.claim;
  const modifiers = encounter.services[service]?.modifiers ?? [];
  const words = new Set(finding.message.match(/\b[A-Z0-9]{2}\b/g) ?? []);
  const index = modifiers.findIndex((modifier) => words.has(modifier));
  return index >= 0 && lineLocations.modifiers[index] !== undefined
    ? lineLocations.modifiers[index]!
    : lineLocations.line;
}

function diagnosisLocations<Location>(
  finding: Finding,
  encounter: Encounter,
  locations: EncounterLocations<Location>,
): Location[] {
  const plain = (code: string) => code.replace(/\./g, "").toUpperCase();
  const named = new Set(finding.codes.map(plain));
  return encounter.diagnoses.flatMap((code, index) =>
    named.has(plain(code)) && locations.diagnoses[index] !== undefined ? [locations.diagnoses[index]!] : [],
  );
}
