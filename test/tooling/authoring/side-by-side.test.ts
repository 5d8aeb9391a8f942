import { describe, expect, it } from "vitest";
import { sideBySide } from "../../../worker/tooling/authoring/side-by-side.ts";

const finding = (ruleId: string, services: number[], codes: string[]) => ({
  ruleId,
  severity: "info" as const,
  services,
  codes,
});

describe("sideBySide", () => {
  it("puts expected and actual in two columns and marks only the rows that differ", () => {
    const table = sideBySide({
      expected: {
        status: "pass",
        totalTimedUnits: 3,
        lines: [
          { service: 0, code: "97112", units: 2 },
          { service: 1, code: "97110", units: 2 },
        ],
        findings: [finding("units.cms.allocation", [0], ["97112"])],
      },
      actual: {
        status: "pass",
        totalTimedUnits: 3,
        lines: [
          { service: 0, code: "97112", units: 2 },
          { service: 1, code: "97110", units: 1 },
        ],
        findings: [
          finding("units.cms.allocation", [0], ["97112"]),
          finding("units.cms.tie-broken", [0, 1], ["97112", "97110"]),
        ],
      },
    }).split("\n");
    expect(table[0]).toMatch(/^\s+│ expected\s+│ actual$/);
    expect(table.filter((row) => row.startsWith("✗"))).toEqual([
      expect.stringMatching(/^✗\s+│ #1 97110 ×2\s+│ #1 97110 ×1$/),
      expect.stringMatching(/^✗ finding\s+│ —\s+│ units\.cms\.tie-broken info \[0,1\] 97112 97110$/),
    ]);
    expect(table).toContainEqual(expect.stringMatching(/^ {2}status\s+│ pass\s+│ pass$/));
  });

  it("shows what the case does not check without marking it", () => {
    const table = sideBySide({
      expected: { excludesRules: ["units.over-allowed"] },
      actual: { status: "warn", lines: [], findings: [finding("units.over-allowed", [0], ["97110"])] },
    });
    expect(table).toMatch(/ status\s+│ \(not checked\)\s+│ warn/);
    expect(table).toMatch(/✗ excludes\s+│ no units\.over-allowed\s+│ units\.over-allowed info \[0\] 97110/);
  });
});
