import { describe, expect, it } from "vitest";
import { classifyDiagnosisCode } from "../../worker/rules/diagnosis-codes.ts";

const kindOf = (code: string) => classifyDiagnosisCode(code).kind;

describe("classifyDiagnosisCode", () => {
  it("accepts an ICD-10-CM code with its dot", () => {
    expect(classifyDiagnosisCode("M54.50")).toEqual({ code: "M54.50", kind: "icd10-cm", normalized: "M54.50" });
  });

  it("accepts an ICD-10-CM code without its dot and gives its dotted form", () => {
    expect(classifyDiagnosisCode("M5450")).toEqual({ code: "M5450", kind: "icd10-cm", normalized: "M54.50" });
  });

  it("accepts a three-character category and a seven-character code with a placeholder X", () => {
    expect(classifyDiagnosisCode("R52")).toMatchObject({ kind: "icd10-cm", normalized: "R52" });
    expect(classifyDiagnosisCode("S39012A")).toMatchObject({ kind: "icd10-cm", normalized: "S39.012A" });
    expect(classifyDiagnosisCode("T14.8XXA")).toMatchObject({ kind: "icd10-cm", normalized: "T14.8XXA" });
  });

  it("calls 8E0KX1Z an ICD-10-PCS code, the FAQ's 'ICD-10 code for massage therapy'", () => {
    expect(kindOf("8E0KX1Z")).toBe("icd10-pcs");
  });

  it("calls a seven-character procedure code from another PCS section a PCS code", () => {
    expect(kindOf("0QS004Z")).toBe("icd10-pcs");
  });

  it("does not call a seven-character code with an I or an O a PCS code", () => {
    expect(kindOf("8E0KI1Z")).toBe("unrecognised");
    expect(kindOf("8E0KO1Z")).toBe("unrecognised");
  });

  it("calls a CPT code sent as a diagnosis a procedure code", () => {
    expect(kindOf("97124")).toBe("cpt");
  });

  it("rejects a dot in the wrong place, a trailing dot and too many characters", () => {
    expect(kindOf("M5.450")).toBe("unrecognised");
    expect(kindOf("M54.")).toBe("unrecognised");
    expect(kindOf("M54.50123")).toBe("unrecognised");
  });

  it("rejects a code whose second character is neither a digit nor the A of the FY2026 QA categories", () => {
    expect(kindOf("MM4.50")).toBe("unrecognised");
    expect(classifyDiagnosisCode("QA1.71")).toMatchObject({ kind: "icd10-cm", normalized: "QA1.71" });
  });

  it("calls a code both shapes fit (F0716YZ) PCS when the ICD-10-CM code set does not know it, and CM when it does", () => {
    expect(kindOf("F0716YZ")).toBe("icd10-cm");
    expect(classifyDiagnosisCode("F0716YZ", () => false)).toMatchObject({ kind: "icd10-pcs", normalized: "F0716YZ" });
    expect(classifyDiagnosisCode("S83511A", (code) => code === "S83511A")).toMatchObject({
      kind: "icd10-cm",
      normalized: "S83.511A",
    });
  });
});
