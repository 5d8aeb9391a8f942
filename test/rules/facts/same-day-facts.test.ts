// The same-day MUE rule cannot fire on the shipped release (its MUE table holds no values), so it
// is proven here on a test-built release whose rows are made up and marked as test fixtures.
import { describe, expect, it } from "vitest";
import type { LedgerVisit } from "../../../worker/ledger/ledger-visit.ts";
import type { MueEdit } from "../../../worker/rules/bundled-release.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { evaluateEncounter } from "../../../worker/validation/evaluate-encounter.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { releaseWithMueEdits } from "../../helpers/test-release.ts";

const dayLimit = (maxUnits: number, adjudicationIndicator: MueEdit["adjudicationIndicator"]): MueEdit => ({
  code: "97110",
  maxUnits,
  adjudicationIndicator,
  effectiveDate: "2020-01-01",
  rationale: "Test rationale",
  source: "TEST FIXTURE: a made-up value, not CMS's",
});

const earlierVisit = (fields: Partial<LedgerVisit> = {}): LedgerVisit => ({
  encounterId: "enc-morning",
  dateOfService: "2026-11-02",
  payerType: "medicare",
  renderingNpi: "1234567893",
  bucket: "PT",
  progressReport: false,
  lines: [{ service: 0, code: "97110", units: 3, modifiers: ["GP"], bucket: "PT" }],
  ...fields,
});

const afternoon = encounterWith([timed("97110", 30)], {
  encounterId: "enc-afternoon",
  patient: { ref: "pt-1" },
  planOfCare: { certifiedFrom: "2026-10-01", certifiedThrough: "2026-12-29" },
});

async function sameDayMueFindings(edit: MueEdit, history: LedgerVisit[]) {
  const result = await evaluateEncounter(afternoon, compileRuleset(releaseWithMueEdits([edit])), history);
  return result.findings.filter((finding) => finding.ruleId.includes("mue"));
}

describe("same-day.mue.day-exceeded on a test-built release", () => {
  it("fails units within the day's limit here that pass it with the morning visit's, naming that visit", async () => {
    const findings = await sameDayMueFindings(dayLimit(4, 3), [earlierVisit()]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "same-day.mue.day-exceeded",
        severity: "error",
        services: [0],
        codes: ["97110"],
        source: "TEST FIXTURE: a made-up value, not CMS's",
      }),
    ]);
    expect(findings[0]!.message).toContain(
      "5 units for this patient by the same provider on this date of service (2 here, plus service 0 of encounter enc-morning (3 units))",
    );
  });

  it("leaves a line limit (indicator 1) to each line", async () => {
    expect(await sameDayMueFindings(dayLimit(4, 1), [earlierVisit()])).toEqual([]);
  });

  it("says nothing when the day's units stay within the limit, or the other visit is another provider's", async () => {
    expect(await sameDayMueFindings(dayLimit(5, 2), [earlierVisit()])).toEqual([]);
    expect(await sameDayMueFindings(dayLimit(4, 2), [earlierVisit({ renderingNpi: "1245319599" })])).toEqual([]);
  });

  it("leaves an encounter above the limit on its own to the encounter's own MUE rule", async () => {
    const findings = await sameDayMueFindings(dayLimit(1, 2), [earlierVisit()]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(["mue.day-policy-exceeded"]);
  });

  it("never fires for an encounter without a patient", async () => {
    const alone = { ...afternoon, patient: undefined };
    const result = await evaluateEncounter(alone, compileRuleset(releaseWithMueEdits([dayLimit(4, 3)])), [
      earlierVisit(),
    ]);
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain("same-day.mue.day-exceeded");
  });
});
