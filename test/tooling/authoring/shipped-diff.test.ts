// rules:diff between the two shipped releases: 2026.4.0 adds the chiropractic pair rows (the
// FAQ's pairs are in both, from 2015-10-01) and the coverage its release notes list, and the sample
// encounters whose status or billing those changes touch.
import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import { corpusImpact, parseCorpus } from "../../../worker/tooling/authoring/corpus-impact.ts";
import { formatCorpusImpact, formatReleaseDiff } from "../../../worker/tooling/authoring/diff-report.ts";
import { diffReleases } from "../../../worker/tooling/authoring/release-diff.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { shippedTree } from "./rule-data-fixtures.ts";

const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", {
  query: "?raw",
  import: "default",
  eager: true,
})["/rules/corpus/sample-encounters.ndjson"]!;
const folder = (version: string) => shippedTree().folders.find((candidate) => candidate.version === version)!;
const release = (version: string) => bundledReleases.find((candidate) => candidate.version === version)!;
const chiropracticManipulation = ["98940", "98941", "98942"];

// rules:check reads every release in full (the ICD-10-CM code sets are 800 KB each): seconds, not milliseconds, on a busy machine.
describe("rules:diff 2026.3.0 2026.4.0", { timeout: 60_000 }, () => {
  it("prints the chiropractic pair rows 2026.4.0 adds, keyed by pair and start date, and no FAQ pair row", () => {
    const diff = diffReleases(folder("2026.3.0"), folder("2026.4.0"));
    const report = formatReleaseDiff(diff);
    expect(report).toMatch(/^tables\/ncci-ptp-edits\.json \(pair edits\): \d+ added/m);
    expect(report).toContain(
      "  + 98940 | 97140 | 2026-10-01  (column1 98940, column2 97140, effectiveDate 2026-10-01, modifierIndicator 1, note ",
    );
    expect(report).toContain("  ~ effectiveFrom: 2015-10-01 → 2026-10-01");
    const pairRows = diff.sections
      .find((section) => section.name === "tables/ncci-ptp-edits.json")!
      .changes.filter((row) => "column1" in row.values);
    expect(pairRows.length).toBeGreaterThan(0);
    for (const row of pairRows)
      expect(row).toMatchObject({
        change: "added",
        values: { column1: expect.toBeOneOf(chiropracticManipulation), effectiveDate: "2026-10-01" },
      });
  });

  it("lists the sample encounters 2026.4.0 changes, with the findings that explain each; its new pair edits are the chiropractic ones", async () => {
    const impact = await corpusImpact(
      parseCorpus(sampleCorpus).encounters,
      compileRuleset(release("2026.3.0")),
      compileRuleset(release("2026.4.0")),
    );
    expect(impact.invalid).toEqual([]);
    expect(impact.changed.length).toBeGreaterThan(0);
    for (const change of impact.changed) {
      expect(change.added.length + change.removed.length).toBeGreaterThan(0);
      const pairFindings = change.added.filter((finding) => finding.ruleId.startsWith("ncci.ptp."));
      for (const finding of pairFindings)
        expect(finding).toMatchObject({ codes: [expect.toBeOneOf(chiropracticManipulation), expect.any(String)] });
    }
    const manipulationWithManualTherapy = impact.changed.find((change) =>
      change.added.some((finding) => finding.ruleId === "ncci.ptp.modifier-missing" && finding.codes[1] === "97140"),
    );
    expect(manipulationWithManualTherapy).toBeDefined();
    expect(formatCorpusImpact(impact, "sample", "2026.3.0", "2026.4.0")).toContain(
      `  line ${manipulationWithManualTherapy!.line} ${manipulationWithManualTherapy!.encounterId} (`,
    );
  });
});
