// Safe reads from FHIR JSON, which arrives untyped: a wrong shape reads as absent, and the
// mapper then names the element it needed.
export type FhirObject = Record<string, unknown>;

export function isObject(value: unknown): value is FhirObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): FhirObject | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return isObject(found) ? found : undefined;
}

export function arrayAt(value: unknown, key: string): unknown[] {
  const found = isObject(value) ? value[key] : undefined;
  return Array.isArray(found) ? found : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === "string" && found.trim() !== "" ? found.trim() : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === "number" && Number.isFinite(found) ? found : undefined;
}

/** The codings of a CodeableConcept, each with its index (for the FHIRPath). */
export function codings(concept: unknown): { system: string | undefined; code: string | undefined; index: number }[] {
  return arrayAt(concept, "coding").map((coding, index) => ({
    system: stringAt(coding, "system"),
    code: stringAt(coding, "code"),
    index,
  }));
}

/** A contained resource a reference points at ("#id"), if that is where it points. */
export function containedResource(resource: FhirObject, reference: unknown): FhirObject | undefined {
  const target = stringAt(reference, "reference");
  if (!target?.startsWith("#")) return undefined;
  return arrayAt(resource, "contained").find(
    (entry): entry is FhirObject => isObject(entry) && entry.id === target.slice(1),
  );
}
