// Tells what kind of code sits in a diagnosis slot by its shape: an ICD-10-CM diagnosis, an
// ICD-10-PCS inpatient procedure code, a CPT procedure code, or nothing recognisable. Where the
// release has the ICD-10-CM code set for the date of service, a code both shapes fit is PCS
// unless the code set knows it.

export type DiagnosisCodeKind = "icd10-cm" | "icd10-pcs" | "cpt" | "unrecognised";

export interface ClassifiedDiagnosis {
  /** The code as sent. */
  code: string;
  kind: DiagnosisCodeKind;
  /** ICD-10-CM codes in their dotted form (M5450 → M54.50); other kinds as sent. */
  normalized: string;
}

// ICD-10-CM: a letter, a digit, a letter or digit (the category), then up to four more
// characters after an optional dot; the dot is dropped on X12 claims, so both forms are accepted.
// Since FY2026 the second character may also be the letter A (categories QA0 and QA1).
const icd10CmDotted = /^[A-Z][0-9A][0-9A-Z]\.[0-9A-Z]{1,4}$/;
const icd10CmUndotted = /^[A-Z][0-9A][0-9A-Z][0-9A-Z]{0,4}$/;
// ICD-10-PCS: exactly seven characters, digits and letters except I and O. A PCS code that
// starts with a letter and a digit (section F, rehabilitation: F0716YZ) also fits ICD-10-CM's
// undotted shape: without the code set it is read as CM, the shape alone cannot tell them apart.
const icd10Pcs = /^[0-9A-HJ-NP-Z]{7}$/;
// CPT: five characters starting with four digits; an ICD-10-CM code never starts with a digit.
const cpt = /^[0-9]{4}[0-9A-Z]$/;

/** `knownToIcd10Cm` answers, for an undotted code, whether the code set has it or codes below it. */
export function classifyDiagnosisCode(
  code: string,
  knownToIcd10Cm?: (undotted: string) => boolean,
): ClassifiedDiagnosis {
  const upper = code.toUpperCase();
  if (icd10CmDotted.test(upper)) return { code, kind: "icd10-cm", normalized: upper };
  if (icd10CmUndotted.test(upper)) {
    if (knownToIcd10Cm && icd10Pcs.test(upper) && !knownToIcd10Cm(upper))
      return { code, kind: "icd10-pcs", normalized: upper };
    return { code, kind: "icd10-cm", normalized: dotted(upper) };
  }
  if (icd10Pcs.test(upper)) return { code, kind: "icd10-pcs", normalized: upper };
  if (cpt.test(upper)) return { code, kind: "cpt", normalized: upper };
  return { code, kind: "unrecognised", normalized: upper };
}

export function undotted(code: string): string {
  return code.toUpperCase().replace(".", "");
}

export function dotted(undotted: string): string {
  return undotted.length > 3 ? `${undotted.slice(0, 3)}.${undotted.slice(3)}` : undotted;
}
