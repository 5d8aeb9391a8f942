// A Claim's diagnoses and items as encounter material: ICD-10-CM codes by sequence; per item
// the CPT/HCPCS code, modifiers, units (quantity), minutes (ClaimLint's extension), the
// narrative (productOrService.text), the date and the diagnosis sequences it points at.
import type { Encounter } from "../../generated/types/encounter.ts";
import type { MappingProblem, ServiceLocations } from "../mapped-claim.ts";
import { arrayAt, codings, isObject, numberAt, objectAt, stringAt, type FhirObject } from "./fhir-json.ts";
import { icd10cmSystems, procedureCodeSystems, treatmentMinutesExtension } from "./fhir-systems.ts";

export interface FhirDiagnosis {
  sequence: unknown;
  code: string | undefined;
  location: string;
}

export interface FhirServiceLine {
  service: Encounter["services"][number];
  dateOfService: string;
  dateLocation: string;
  diagnosisSequences: unknown[];
  locations: ServiceLocations<string>;
}

export function readFhirDiagnoses(claim: FhirObject, problems: MappingProblem<string>[]): FhirDiagnosis[] {
  return arrayAt(claim, "diagnosis").map((diagnosis, index) => {
    const path = `Claim.diagnosis[${index}]`;
    const concept = objectAt(diagnosis, "diagnosisCodeableConcept");
    const coding = codings(concept).find(
      (candidate) => candidate.system && icd10cmSystems.has(candidate.system) && candidate.code,
    );
    const sequence = (diagnosis as FhirObject)?.sequence;
    if (coding)
      return {
        sequence,
        code: coding.code!.toUpperCase(),
        location: `${path}.diagnosisCodeableConcept.coding[${coding.index}]`,
      };
    const why = concept
      ? "has no ICD-10-CM coding (system http://hl7.org/fhir/sid/icd-10-cm)"
      : "is not a diagnosisCodeableConcept (a diagnosisReference cannot be read here)";
    problems.push({
      severity: "error",
      code: "code-invalid",
      message: `Diagnosis ${index + 1} ${why}, so it was not used.`,
      location: concept ? `${path}.diagnosisCodeableConcept` : path,
    });
    return { sequence, code: undefined, location: path };
  });
}

export function readFhirItem(
  claim: FhirObject,
  item: unknown,
  index: number,
  problems: MappingProblem<string>[],
): FhirServiceLine | undefined {
  const path = `Claim.item[${index}]`;
  const skip = (code: MappingProblem<string>["code"], message: string, location: string) => {
    problems.push({ severity: "error", code, message: `${message} The item was not checked.`, location });
    return undefined;
  };
  const product = objectAt(item, "productOrService");
  const coding = codings(product).find(
    (candidate) => candidate.system && procedureCodeSystems.has(candidate.system) && candidate.code,
  );
  if (!coding) {
    const sent =
      codings(product)
        .map((candidate) => `${candidate.system ?? "no system"}|${candidate.code ?? ""}`)
        .join(", ") || "nothing";
    return skip(
      "code-invalid",
      `Item ${index + 1}'s productOrService has no CPT or HCPCS coding (it has ${sent}).`,
      `${path}.productOrService`,
    );
  }
  const code = coding.code!.toUpperCase();
  const modifierLocations: string[] = [];
  const modifiers: string[] = [];
  arrayAt(item, "modifier").forEach((modifier, modifierIndex) => {
    const value = codings(modifier).find((candidate) => candidate.code)?.code;
    if (!value) return;
    modifiers.push(value.toUpperCase());
    modifierLocations.push(`${path}.modifier[${modifierIndex}]`);
  });
  // FHIR's quantity counts repetitions: absent, the item is one.
  const quantity = objectAt(item, "quantity") ? numberAt(objectAt(item, "quantity"), "value") : 1;
  if (quantity === undefined || !Number.isInteger(quantity) || quantity < 1 || quantity > 999) {
    return skip("value", `Item ${index + 1}'s quantity is not a whole number of units (1–999).`, `${path}.quantity`);
  }
  const minutes = readMinutes(item);
  if (minutes === "invalid")
    return skip(
      "value",
      `Item ${index + 1}'s treatment-minutes extension is not a whole number of minutes (0–1440).`,
      `${path}.extension`,
    );
  const date =
    stringAt(item, "servicedDate") ??
    singleDay(objectAt(item, "servicedPeriod")) ??
    singleDay(objectAt(claim, "billablePeriod"));
  const dateLocation = stringAt(item, "servicedDate")
    ? `${path}.servicedDate`
    : objectAt(item, "servicedPeriod")
      ? `${path}.servicedPeriod`
      : "Claim.billablePeriod";
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return skip(
      "required",
      `Item ${index + 1} has no single date of service (servicedDate, a one-day servicedPeriod, or a one-day Claim.billablePeriod).`,
      `${path}.servicedDate`,
    );
  }
  const description = stringAt(product, "text");
  return {
    service: {
      code,
      units: quantity,
      ...(minutes !== undefined ? { minutes } : {}),
      ...(modifiers.length > 0 ? { modifiers } : {}),
      ...(description ? { description: description.slice(0, 80) } : {}),
    },
    dateOfService: date,
    dateLocation,
    diagnosisSequences: arrayAt(item, "diagnosisSequence"),
    locations: { line: path, modifiers: modifierLocations },
  };
}

function readMinutes(item: unknown): number | undefined | "invalid" {
  const extension = arrayAt(item, "extension").find(
    (entry) => isObject(entry) && entry.url === treatmentMinutesExtension,
  );
  if (!extension) return undefined;
  const value = numberAt(extension, "valueInteger") ?? numberAt(objectAt(extension, "valueQuantity"), "value");
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 1440 ? value : "invalid";
}

function singleDay(period: FhirObject | undefined): string | undefined {
  const start = stringAt(period, "start")?.slice(0, 10);
  const end = stringAt(period, "end")?.slice(0, 10) ?? start;
  return start && start === end ? start : undefined;
}
