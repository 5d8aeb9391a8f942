// A FHIR R4 Claim to encounters, one per date of service and rendering provider, with the
// FHIRPath of every element each encounter field came from. Pure: JSON in, a MappedClaim out.
import type { Encounter } from "../../generated/types/encounter.ts";
import { encounterIdFor, type MappedClaim, type MappedVisit, type MappingProblem } from "../mapped-claim.ts";
import { arrayAt, stringAt, type FhirObject } from "./fhir-json.ts";
import { readFhirDiagnoses, readFhirItem, type FhirDiagnosis, type FhirServiceLine } from "./fhir-items.ts";
import { readFhirPayer } from "./fhir-payer.ts";
import { careTeamPathFor, readFhirProvider, type FhirProvider } from "./fhir-provider.ts";

export function claimIdOf(claim: FhirObject, fallback: string): string {
  const identifier = arrayAt(claim, "identifier")
    .map((entry) => stringAt(entry, "value"))
    .find(Boolean);
  return identifier ?? stringAt(claim, "id") ?? fallback;
}

export function mapFhirClaim(claim: FhirObject, fallbackId = "claim"): MappedClaim<string> {
  const problems: MappingProblem<string>[] = [];
  const claimId = claimIdOf(claim, fallbackId);
  const payer = readFhirPayer(claim, problems);
  const diagnoses = readFhirDiagnoses(claim, problems);
  const items = arrayAt(claim, "item");
  if (items.length === 0)
    problems.push({
      severity: "error",
      code: "required",
      message: "The Claim has no item, so there is nothing to check.",
      location: "Claim.item",
    });

  // NCCI edits and MUEs apply per date of service and provider: each pair is its own encounter.
  const groups = new Map<
    string,
    { dateOfService: string; careTeamPath: string | undefined; lines: FhirServiceLine[] }
  >();
  items.forEach((item, index) => {
    const line = readFhirItem(claim, item, index, problems);
    if (!line) return;
    const careTeamPath = careTeamPathFor(claim, item as FhirObject);
    const key = `${line.dateOfService}|${careTeamPath ?? ""}`;
    const group = groups.get(key) ?? { dateOfService: line.dateOfService, careTeamPath, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  });

  const providers = new Map<string | undefined, FhirProvider | undefined>();
  const visits: MappedVisit<string>[] = [];
  [...groups.values()].forEach((group, index) => {
    if (!providers.has(group.careTeamPath))
      providers.set(group.careTeamPath, readFhirProvider(claim, group.careTeamPath, problems));
    const provider = providers.get(group.careTeamPath);
    if (!payer || !provider) return;
    const visit = buildVisit(claimId, index, groups.size, group, payer, provider, diagnoses, problems);
    if (visit) visits.push(visit);
  });
  // No item could be read: still say what else keeps the claim from being checked.
  if (groups.size === 0 && items.length > 0)
    readFhirProvider(claim, careTeamPathFor(claim, items[0] as FhirObject), problems);
  return { claimId, location: "Claim", visits, problems };
}

function buildVisit(
  claimId: string,
  index: number,
  groupCount: number,
  group: { dateOfService: string; lines: FhirServiceLine[] },
  payer: { type: Encounter["payer"]["type"]; location: string },
  provider: FhirProvider,
  diagnoses: FhirDiagnosis[],
  problems: MappingProblem<string>[],
): MappedVisit<string> | undefined {
  // The visit's diagnoses are those its items point at (diagnosisSequence), in claim order; without pointers, all of them.
  const pointed = new Set(group.lines.flatMap((line) => line.diagnosisSequences));
  const chosen = diagnoses.filter(
    (diagnosis) => diagnosis.code !== undefined && (pointed.size === 0 || pointed.has(diagnosis.sequence)),
  );
  if (chosen.length === 0) {
    problems.push({
      severity: "error",
      code: "required",
      message: `No ICD-10-CM diagnosis applies to the items of ${group.dateOfService}, so they were not checked.`,
      location: "Claim.diagnosis",
    });
    return undefined;
  }
  const encounter: Encounter = {
    encounterId: encounterIdFor(claimId, index, groupCount),
    dateOfService: group.dateOfService,
    payer: { type: payer.type },
    provider: { discipline: provider.discipline, ...(provider.npi ? { npi: provider.npi } : {}) },
    diagnoses: chosen.map((diagnosis) => diagnosis.code!),
    services: group.lines.map((line) => line.service),
  };
  return {
    encounter,
    locations: {
      claim: "Claim",
      dateOfService: group.lines[0]!.dateLocation,
      payer: payer.location,
      provider: provider.location,
      npi: provider.npiLocation,
      diagnoses: chosen.map((diagnosis) => diagnosis.location),
      services: group.lines.map((line) => line.locations),
    },
  };
}
