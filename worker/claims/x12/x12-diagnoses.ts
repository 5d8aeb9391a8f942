// The claim's diagnoses from its HI segments (loop 2300), in pointer order: SV107's pointer 1
// is the first code. ICD-9-CM codes (BK, BF) keep their place but map to nothing.
import type { MappingProblem } from "../mapped-claim.ts";
import { elementName, type SegmentLocation } from "./segment-location.ts";
import type { LoopedSegment } from "./x12-837p-claims.ts";

export interface ClaimDiagnosis {
  /** The ICD-10-CM code as sent (X12 drops the dot); undefined when it cannot be used. */
  code: string | undefined;
  location: SegmentLocation;
}

const icd10Qualifiers = new Set(["ABK", "ABF"]);
const icd9Qualifiers = new Set(["BK", "BF"]);

export function readClaimDiagnoses(
  segments: readonly LoopedSegment[],
  componentSeparator: string,
  at: (looped: LoopedSegment, element?: string) => SegmentLocation,
  problems: MappingProblem<SegmentLocation>[],
): ClaimDiagnosis[] {
  const diagnoses: ClaimDiagnosis[] = [];
  for (const looped of segments) {
    const elements = looped.segment.elements;
    const firstQualifier = elements[1]?.split(componentSeparator)[0] ?? "";
    // Other HI segments in 2300 carry anesthesia procedures, condition codes and the like.
    if (!icd10Qualifiers.has(firstQualifier) && !icd9Qualifiers.has(firstQualifier)) continue;
    for (let element = 1; element < elements.length; element += 1) {
      if (!elements[element]) continue;
      const [qualifier = "", code = ""] = elements[element]!.split(componentSeparator);
      const location = at(looped, elementName("HI", element, 2));
      if (icd10Qualifiers.has(qualifier) && /^[A-Z0-9]{3,7}$/.test(code)) {
        diagnoses.push({ code, location });
      } else if (icd9Qualifiers.has(qualifier)) {
        problems.push({
          severity: "error",
          code: "code-invalid",
          message: `${code} is an ICD-9-CM code (qualifier ${qualifier}); dates of service from 2015-10-01 take ICD-10-CM (ABK, ABF), so it was not used.`,
          location,
        });
        diagnoses.push({ code: undefined, location });
      } else {
        problems.push({
          severity: "error",
          code: "code-invalid",
          message: `${elementName("HI", element)} "${elements[element]}" is not an ICD-10-CM diagnosis (ABK or ABF, then the code without its dot), so it was not used.`,
          location,
        });
        diagnoses.push({ code: undefined, location });
      }
    }
  }
  return diagnoses;
}
