// The rendering provider of an item: its care team member (careTeamSequence), else the care
// team member with role primary, else the first; the billing provider (Claim.provider) when
// there is no care team. Discipline from a NUCC taxonomy code in careTeam.qualification, or
// in a contained Practitioner's qualification or PractitionerRole's specialty; NPI from a
// us-npi identifier on the reference or on the contained resource.
import type { Encounter } from "../../generated/types/encounter.ts";
import type { MappingProblem } from "../mapped-claim.ts";
import { disciplineForTaxonomy, knownTaxonomies } from "../provider-taxonomy.ts";
import { arrayAt, codings, containedResource, objectAt, stringAt, type FhirObject } from "./fhir-json.ts";
import { npiSystem, nuccTaxonomySystem } from "./fhir-systems.ts";

export interface FhirProvider {
  key: string;
  discipline: Encounter["provider"]["discipline"];
  npi: string | undefined;
  location: string;
  npiLocation: string | undefined;
}

export function careTeamPathFor(claim: FhirObject, item: FhirObject): string | undefined {
  const team = arrayAt(claim, "careTeam");
  if (team.length === 0) return undefined;
  const wanted = arrayAt(item, "careTeamSequence")[0];
  let index = team.findIndex((member) => (member as FhirObject)?.sequence === wanted);
  if (index < 0)
    index = team.findIndex((member) =>
      codings(objectAt(member, "role")).some((coding) => coding.code === "primary" || coding.code === "rendering"),
    );
  return `Claim.careTeam[${Math.max(index, 0)}]`;
}

export function readFhirProvider(
  claim: FhirObject,
  careTeamPath: string | undefined,
  problems: MappingProblem<string>[],
): FhirProvider | undefined {
  const member = careTeamPath
    ? (arrayAt(claim, "careTeam")[Number(/\[(\d+)\]/.exec(careTeamPath)![1])] as FhirObject)
    : undefined;
  const reference = member ? member.provider : claim.provider;
  const referencePath = member ? `${careTeamPath}.provider` : "Claim.provider";
  const resource = containedResource(claim, reference);
  const taxonomyCodes = [
    ...codings(member?.qualification).map((coding) => ({
      ...coding,
      path: `${careTeamPath}.qualification.coding[${coding.index}]`,
    })),
    ...arrayAt(resource, "qualification").flatMap((qualification, index) =>
      codings(objectAt(qualification, "code")).map((coding) => ({
        ...coding,
        path: `${referencePath}.resolve().qualification[${index}].code`,
      })),
    ),
    ...arrayAt(resource, "specialty").flatMap((specialty, index) =>
      codings(specialty).map((coding) => ({ ...coding, path: `${referencePath}.resolve().specialty[${index}]` })),
    ),
  ].filter((coding) => coding.system === nuccTaxonomySystem && coding.code);
  if (taxonomyCodes.length === 0) {
    const where = member ? `${careTeamPath}.qualification` : "Claim.careTeam";
    problems.push({
      severity: "error",
      code: "required",
      message: `The rendering provider's discipline cannot be told: send its NUCC taxonomy code (system ${nuccTaxonomySystem}) in careTeam.qualification, or in a contained Practitioner's qualification.`,
      location: where,
    });
    return undefined;
  }
  const taxonomy = taxonomyCodes[0]!;
  const mapped = disciplineForTaxonomy(taxonomy.code!);
  if (!mapped) {
    problems.push({
      severity: "error",
      code: "code-invalid",
      message: `Taxonomy ${taxonomy.code} is not one ClaimLint maps to a discipline; it maps ${knownTaxonomies}.`,
      location: taxonomy.path,
    });
    return undefined;
  }
  const identifiers = [
    ...(objectAt(reference, "identifier")
      ? [{ identifier: objectAt(reference, "identifier")!, path: `${referencePath}.identifier` }]
      : []),
    ...arrayAt(resource, "identifier").map((identifier, index) => ({
      identifier: identifier as FhirObject,
      path: `${referencePath}.resolve().identifier[${index}]`,
    })),
  ].filter(({ identifier }) => stringAt(identifier, "system") === npiSystem);
  let npi: string | undefined;
  let npiLocation: string | undefined;
  if (identifiers[0]) {
    npiLocation = identifiers[0].path;
    const value = stringAt(identifiers[0].identifier, "value") ?? "";
    if (/^[0-9]{10}$/.test(value)) npi = value;
    else
      problems.push({
        severity: "warning",
        code: "value",
        message: `${value || "(empty)"} is not a 10-digit NPI; the provider was checked without one.`,
        location: npiLocation,
      });
  }
  return {
    key: `${careTeamPath ?? "provider"}`,
    discipline: mapped.discipline,
    npi,
    location: taxonomy.path,
    npiLocation,
  };
}
