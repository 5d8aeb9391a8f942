import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { factItems, factValue } from "../../helpers/fact-values.ts";

describe("diagnosisCodes", () => {
  it("gives every diagnosis its kind, dotted form and claim position, naming the code and no service", () => {
    const encounter = encounterWith([timed("97124", 30)], { diagnoses: ["M5450", "8E0KX1Z"] });
    expect(factItems("diagnosisCodes", encounter)).toEqual([
      { diagnosis: "M5450", normalized: "M54.50", kind: "icd10-cm", position: 1, services: [], codes: ["M5450"] },
      { diagnosis: "8E0KX1Z", normalized: "8E0KX1Z", kind: "icd10-pcs", position: 2, services: [], codes: ["8E0KX1Z"] },
    ]);
  });

  it("keeps only the kinds asked for", () => {
    const encounter = encounterWith([timed("97124", 30)], { diagnoses: ["M54.50", "8E0KX1Z", "97124"] });
    expect(
      factItems("diagnosisCodes", encounter, { kinds: ["icd10-pcs", "cpt"] }).map((item) => item.diagnosis),
    ).toEqual(["8E0KX1Z", "97124"]);
  });

  it("finds nothing to reject among ICD-10-CM codes", () => {
    const encounter = encounterWith([timed("97124", 30)], { diagnoses: ["M54.50", "M62830"] });
    expect(factItems("diagnosisCodes", encounter, { kinds: ["icd10-pcs", "cpt", "unrecognised"] })).toEqual([]);
  });
});

describe("primaryDiagnosis", () => {
  it("is the first diagnosis in its dotted form, or empty without diagnoses", () => {
    expect(factValue("primaryDiagnosis", encounterWith([timed("97110", 30)], { diagnoses: ["M9903", "M54.50"] }))).toBe(
      "M99.03",
    );
    expect(factValue("primaryDiagnosis", encounterWith([timed("97110", 30)], { diagnoses: [] }))).toBe("");
  });
});

describe("diagnosisCodeSetProblems (the FY2027 ICD-10-CM code set)", () => {
  const problemsOf = (diagnoses: string[], dateOfService = "2026-11-02") =>
    factItems("diagnosisCodeSetProblems", encounterWith([timed("97110", 30)], { diagnoses, dateOfService }));

  it("calls M54.5, M54 and S83.511 headings, listing the codes below them", () => {
    expect(problemsOf(["M54.5", "M54", "S83.511"])).toEqual([
      expect.objectContaining({
        diagnosis: "M54.5",
        position: 1,
        problem: "heading",
        fiscalYear: 2027,
        moreSpecificCodes: "M54.50, M54.51, M54.59",
        moreSpecificCount: 3,
        services: [],
        codes: ["M54.5"],
      }),
      expect.objectContaining({
        diagnosis: "M54",
        position: 2,
        problem: "heading",
        moreSpecificCodes: expect.stringMatching(/^M54\.00, .* and \d+ more$/),
      }),
      expect.objectContaining({
        diagnosis: "S83.511",
        position: 3,
        problem: "heading",
        moreSpecificCodes: "S83.511A, S83.511D, S83.511S",
      }),
    ]);
  });

  it("calls a code deleted in FY2027 not-in-code-set, and passes the FY2027 additions", () => {
    expect(problemsOf(["S23.420A", "M67.A01", "M7221"])).toEqual([
      expect.objectContaining({
        diagnosis: "S23.420A",
        problem: "not-in-code-set",
        effectiveFrom: "2026-10-01",
        effectiveTo: "2027-09-30",
      }),
    ]);
  });

  it("leaves procedure codes to the other diagnosis rules, and dates no code set covers alone", () => {
    expect(problemsOf(["F0716YZ", "8E0KX1Z", "97124"])).toEqual([]);
    expect(problemsOf(["M54.5"], "2027-10-01")).toEqual([]);
  });

  it("keeps only the problems asked for", () => {
    const items = factItems(
      "diagnosisCodeSetProblems",
      encounterWith([timed("97110", 30)], { diagnoses: ["M54.5", "S23.420A"] }),
      { problems: ["not-in-code-set"] },
    );
    expect(items).toEqual([expect.objectContaining({ diagnosis: "S23.420A" })]);
  });

  it("makes diagnosisCodes call F0716YZ a PCS code: ICD-10-CM has no such code", () => {
    expect(factItems("diagnosisCodes", encounterWith([timed("97110", 30)], { diagnoses: ["F0716YZ"] }))).toEqual([
      expect.objectContaining({ kind: "icd10-pcs" }),
    ]);
  });
});
