// Facts about the encounter's diagnosis codes. A diagnosis is not a service: items name the
// code in `codes` and no services (the encounter has no per-line diagnosis pointers).
import { classifyDiagnosisCode } from "../diagnosis-codes.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { listParam } from "./fact-definition.ts";

export const diagnosisCodes: FactDefinition = {
  description:
    "The encounter's diagnosis codes, one item each, classified by shape: `icd10-cm` (a diagnosis, with or without its dot), `icd10-pcs` (an inpatient procedure code such as 8E0KX1Z), `cpt` (a procedure code), `unrecognised`. `position` is 1-based, as on the claim; `normalized` is the dotted ICD-10-CM form.",
  stage: "coding",
  params: { kinds: "only codes of these kinds (icd10-cm, icd10-pcs, cpt, unrecognised)" },
  itemFields: ["diagnosis", "normalized", "kind", "position", "services", "codes"],
  example: { params: { kinds: ["icd10-pcs"] } },
  compute(context, params): FindingItem[] {
    const kinds = listParam(params, "kinds");
    return context.encounter.diagnoses.flatMap((diagnosis, index) => {
      const classified = classifyDiagnosisCode(diagnosis);
      if (kinds && !kinds.includes(classified.kind)) return [];
      return [{ diagnosis, normalized: classified.normalized, kind: classified.kind, position: index + 1, services: [], codes: [diagnosis] }];
    });
  },
};

export const primaryDiagnosis: FactDefinition = {
  description:
    "The first diagnosis on the claim (the primary one), in its dotted ICD-10-CM form (M9903 → M99.03); empty when the encounter has none.",
  stage: "coding",
  example: { operator: "matchesPattern", value: "^M99\\.0[0-5]$" },
  compute(context) {
    const first = context.encounter.diagnoses[0];
    return first === undefined ? "" : classifyDiagnosisCode(first).normalized;
  },
};
