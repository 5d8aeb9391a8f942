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
    expect(factItems("diagnosisCodes", encounter, { kinds: ["icd10-pcs", "cpt"] }).map((item) => item.diagnosis)).toEqual(["8E0KX1Z", "97124"]);
  });

  it("finds nothing to reject among ICD-10-CM codes", () => {
    const encounter = encounterWith([timed("97124", 30)], { diagnoses: ["M54.50", "M62830"] });
    expect(factItems("diagnosisCodes", encounter, { kinds: ["icd10-pcs", "cpt", "unrecognised"] })).toEqual([]);
  });
});

describe("primaryDiagnosis", () => {
  it("is the first diagnosis in its dotted form, or empty without diagnoses", () => {
    expect(factValue("primaryDiagnosis", encounterWith([timed("97110", 30)], { diagnoses: ["M9903", "M54.50"] }))).toBe("M99.03");
    expect(factValue("primaryDiagnosis", encounterWith([timed("97110", 30)], { diagnoses: [] }))).toBe("");
  });
});
