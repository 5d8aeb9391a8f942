// Facts about the encounter's diagnosis codes. A diagnosis is not a service: items name the
// code in `codes` and no services (the encounter has no per-line diagnosis pointers).
import { classifyDiagnosisCode, dotted, undotted, type ClassifiedDiagnosis } from "../diagnosis-codes.ts";
import type { CodeSetIndex } from "../diagnosis-code-set-index.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { paramsSchema, textList } from "./param-schema.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { listParam } from "./fact-definition.ts";

export const diagnosisCodes: FactDefinition = {
  description:
    "The encounter's diagnosis codes, one item each, classified by shape: `icd10-cm` (a diagnosis, with or without its dot), `icd10-pcs` (an inpatient procedure code such as 8E0KX1Z; also a code both shapes fit, such as F0716YZ, that the date of service's ICD-10-CM code set does not know), `cpt` (a procedure code), `unrecognised`. `position` is 1-based, as on the claim; `normalized` is the dotted ICD-10-CM form.",
  stage: "coding",
  params: paramsSchema({
    kinds: textList(
      "only codes of these kinds (icd10-cm, icd10-pcs, cpt, unrecognised)",
      ["icd10-pcs"],
      ["icd10-cm", "icd10-pcs", "cpt", "unrecognised"],
    ),
  }),
  itemFields: ["diagnosis", "normalized", "kind", "position", "services", "codes"],
  example: { params: { kinds: ["icd10-pcs"] } },
  compute(context, params): FindingItem[] {
    const kinds = listParam(params, "kinds");
    return diagnosisReadings(context).flatMap(({ diagnosis, position, classified }) =>
      kinds && !kinds.includes(classified.kind)
        ? []
        : [
            {
              diagnosis,
              normalized: classified.normalized,
              kind: classified.kind,
              position,
              services: [],
              codes: [diagnosis],
            },
          ],
    );
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

/** The release's ICD-10-CM code set for the date of service, if it has one. */
function codeSetFor(context: EvaluationContext): CodeSetIndex | undefined {
  return context.tables.diagnosisCodeSetIndexes.find((codeSet) => codeSet.covers(context.encounter.dateOfService));
}

interface DiagnosisReading {
  diagnosis: string;
  /** 1-based, as on the claim. */
  position: number;
  classified: ClassifiedDiagnosis;
  /** An ICD-10-CM code the date's code set does not list as billable, with the billable codes below it. */
  notBillable?: { below: string[] };
}

/** Each diagnosis classified, and checked against the date's code set: once per evaluation, for the five rules that ask. */
function diagnosisReadings(context: EvaluationContext): DiagnosisReading[] {
  return perEvaluation(context, readDiagnoses);
}

function readDiagnoses(context: EvaluationContext): DiagnosisReading[] {
  const codeSet = codeSetFor(context);
  const known = codeSet && ((code: string) => codeSet.isBillable(code) || codeSet.codesUnder(code).length > 0);
  return context.encounter.diagnoses.map((diagnosis, index) => {
    const classified = classifyDiagnosisCode(diagnosis, known);
    const reading: DiagnosisReading = { diagnosis, position: index + 1, classified };
    const code = undotted(diagnosis);
    if (codeSet && classified.kind === "icd10-cm" && !codeSet.isBillable(code))
      reading.notBillable = { below: codeSet.codesUnder(code) };
    return reading;
  });
}

// Enough codes below a heading for a biller to see which one is meant, without listing a whole category.
const codesListedBelowHeading = 6;

export const diagnosisCodeSetProblems: FactDefinition = {
  description:
    "ICD-10-CM diagnoses (by shape) that the ICD-10-CM code set for the date of service's fiscal year (tables/diagnosis-code-sets.json) does not list as valid for submission. `heading`: a category or subcategory with more specific codes below it (M54, M54.5, S83.511 without its 7th character), listed in `moreSpecificCodes`; `not-in-code-set`: no such code that year (deleted, or never one). No items when the release has no code set for the date.",
  stage: "coding",
  params: paramsSchema({
    problems: textList("only these problems (heading, not-in-code-set)", ["heading"], ["heading", "not-in-code-set"]),
  }),
  itemFields: [
    "diagnosis",
    "normalized",
    "position",
    "problem",
    "fiscalYear",
    "effectiveFrom",
    "effectiveTo",
    "moreSpecificCodes",
    "moreSpecificCount",
    "services",
    "codes",
  ],
  example: { params: { problems: ["heading"] } },
  compute(context, params): FindingItem[] {
    const codeSet = codeSetFor(context);
    if (!codeSet) return [];
    const problems = listParam(params, "problems");
    const { fiscalYear, effectiveFrom, effectiveTo } = codeSet.bundled;
    return diagnosisReadings(context).flatMap(({ diagnosis, position, classified, notBillable }) => {
      if (!notBillable) return [];
      const { below } = notBillable;
      const problem = below.length > 0 ? "heading" : "not-in-code-set";
      if (problems && !problems.includes(problem)) return [];
      const listed = below.slice(0, codesListedBelowHeading).map(dotted);
      const moreSpecificCodes =
        below.length > listed.length
          ? `${listed.join(", ")} and ${below.length - listed.length} more`
          : listed.join(", ");
      return [
        {
          diagnosis,
          normalized: classified.normalized,
          position,
          problem,
          fiscalYear,
          effectiveFrom,
          effectiveTo,
          moreSpecificCodes,
          moreSpecificCount: below.length,
          services: [],
          codes: [diagnosis],
        },
      ];
    });
  },
};
