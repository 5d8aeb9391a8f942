import { describe, expect, it } from "vitest";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import { shadowDifferences } from "../../worker/releases/shadow-differences.ts";

const line = (service: number, code: string, units: number) => ({
  service,
  services: [service],
  code,
  units,
  modifiers: ["GP"],
});

function answer(fields: Partial<ValidationResult> = {}): ValidationResult {
  return {
    encounterId: "enc-1",
    status: "pass",
    ruleset: { version: "2026.4.0", hash: "sha256-a" },
    findings: [],
    billing: {
      unitMethod: "cms",
      totalTimedMinutes: 30,
      totalTimedUnits: 2,
      lines: [line(0, "97110", 1), line(1, "97535", 1)],
    },
    ...fields,
  };
}

const pairFinding = {
  ruleId: "ncci.ptp.never-together",
  severity: "error",
  services: [0, 1],
  codes: ["97110", "97535"],
  message: "m",
  fix: "f",
  source: "s",
} as ValidationResult["findings"][number];

describe("shadow differences", () => {
  it("finds none when the release in shadow answers the same, whichever release and hash answered", () => {
    expect(shadowDifferences(answer(), answer({ ruleset: { version: "2026.4.1", hash: "sha256-b" } }))).toEqual([]);
  });

  it("names a status change, the rule that would fire and the lines that would change", () => {
    const shadow = answer({
      status: "fail",
      findings: [pairFinding],
      billing: { ...answer().billing, totalTimedUnits: 1, lines: [line(0, "97110", 2)] },
    });
    expect(shadowDifferences(answer(), shadow)).toEqual([
      { kind: "status", detail: "pass → fail" },
      { kind: "finding-added", detail: "ncci.ptp.never-together" },
      { kind: "billing", detail: "lines" },
      { kind: "billing", detail: "totalTimedUnits" },
    ]);
  });

  it("names a rule that would no longer fire", () => {
    expect(
      shadowDifferences(answer({ status: "fail", findings: [pairFinding] }), answer({ status: "fail", findings: [] })),
    ).toEqual([{ kind: "finding-removed", detail: "ncci.ptp.never-together" }]);
  });
});
