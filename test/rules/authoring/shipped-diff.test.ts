// rules:diff between the two shipped releases: the pair rows 2026.4.0 adds, and the sample
// encounters whose status or billing they change.
import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import { corpusImpact, parseCorpus } from "../../../worker/rules/authoring/corpus-impact.ts";
import { formatCorpusImpact, formatReleaseDiff } from "../../../worker/rules/authoring/diff-report.ts";
import { diffReleases } from "../../../worker/rules/authoring/release-diff.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { shippedTree } from "./rule-data-fixtures.ts";

const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", { query: "?raw", import: "default", eager: true })["/rules/corpus/sample-encounters.ndjson"]!;
const folder = (version: string) => shippedTree().folders.find((candidate) => candidate.version === version)!;
const release = (version: string) => bundledReleases.find((candidate) => candidate.version === version)!;

describe("rules:diff 2026.3.0 2026.4.0", () => {
  it("prints the pair rows 2026.4.0 adds, keyed by pair and start date", () => {
    const report = formatReleaseDiff(diffReleases(folder("2026.3.0"), folder("2026.4.0")));
    expect(report).toMatch(/^tables\/ncci-ptp-edits\.json \(pair edits\): \d+ added/m);
    expect(report).toContain("  + 97124 | 97140 | 2026-10-01  (column1 97124, column2 97140, effectiveDate 2026-10-01, modifierIndicator 0)");
    expect(report).toContain("  ~ effectiveFrom: 2015-10-01 → 2026-10-01");
  });

  it("lists the sample encounters the new pair edits fail, with the finding that explains each", async () => {
    const impact = await corpusImpact(parseCorpus(sampleCorpus).encounters, compileRuleset(release("2026.3.0")), compileRuleset(release("2026.4.0")));
    expect(impact.invalid).toEqual([]);
    expect(impact.changed.length).toBeGreaterThan(0);
    for (const change of impact.changed) expect(change.added.some((finding) => finding.ruleId.startsWith("ncci.ptp."))).toBe(true);
    const massageWithManualTherapy = impact.changed.find((change) => change.added.some((finding) => finding.ruleId === "ncci.ptp.never-together"));
    expect(massageWithManualTherapy).toBeDefined();
    expect(formatCorpusImpact(impact, "sample", "2026.3.0", "2026.4.0")).toContain(`  line ${massageWithManualTherapy!.line} ${massageWithManualTherapy!.encounterId} (`);
  });
});
