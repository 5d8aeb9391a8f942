import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../../worker/generated/releases.ts";
import type { RuleFile } from "../../../worker/generated/types/rules/rule-file.ts";
import { corpusImpact, parseCorpus } from "../../../worker/tooling/authoring/corpus-impact.ts";
import { formatCorpusImpact } from "../../../worker/tooling/authoring/diff-report.ts";
import { compileRuleset } from "../../../worker/rules/compiled-ruleset.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";

const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", {
  query: "?raw",
  import: "default",
  eager: true,
})["/rules/corpus/sample-encounters.ndjson"]!;
const newest = bundledReleases.reduce((latest, release) =>
  release.manifest.effectiveFrom > latest.manifest.effectiveFrom ? release : latest,
);

// A rule that turns 97035 (ultrasound) into an error and takes it off the claim: a change that moves status and billing.
const strict: RuleFile = {
  $schema: "../../../../schemas/rules/rule-file.schema.json",
  family: "strict",
  description: "test",
  rules: [
    {
      id: "strict.no-ultrasound",
      description: "test",
      source: "test",
      forEach: { fact: "services", params: { codes: ["97035"] } },
      finding: { severity: "error", message: "{code} refused", fix: "Remove {code}.", omitFromBilling: true },
    },
  ],
};
// A rule that only adds an info finding: findings change, status and billing do not.
const gentle: RuleFile = {
  ...strict,
  family: "gentle",
  rules: [
    { ...strict.rules[0]!, id: "gentle.note", finding: { severity: "info", message: "{code} noted", fix: "Nothing." } },
  ],
};

const line = (body: unknown) => JSON.stringify(body);

describe("parseCorpus", () => {
  it("reads one encounter per line, skipping blank lines and reporting lines that are not JSON", () => {
    const parsed = parseCorpus(`${line({ a: 1 })}\n\n{not json\n${line({ b: 2 })}\n`);
    expect(parsed.encounters).toEqual([
      { line: 1, body: { a: 1 } },
      { line: 4, body: { b: 2 } },
    ]);
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining("not valid JSON") }]);
  });

  it("reads the shipped sample corpus: 50 to 200 valid encounters of several payers and disciplines", () => {
    const { encounters, problems } = parseCorpus(sampleCorpus);
    expect(problems).toEqual([]);
    expect(encounters.length).toBeGreaterThanOrEqual(50);
    expect(encounters.length).toBeLessThanOrEqual(200);
    const bodies = encounters.map(
      (entry) => entry.body as { payer: { type: string }; provider: { discipline: string } },
    );
    expect(new Set(bodies.map((body) => body.payer.type)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(bodies.map((body) => body.provider.discipline)).size).toBeGreaterThanOrEqual(6);
  });
});

describe("corpusImpact", () => {
  const corpus = parseCorpus(
    [
      line(encounterWith([timed("97110", 20), timed("97035", 10)], { encounterId: "with-ultrasound" })),
      line(encounterWith([timed("97110", 20)], { encounterId: "without-ultrasound" })),
      line({ encounterId: "broken" }),
    ].join("\n"),
  ).encounters;

  it("lists the encounters whose status or billing changes, with the findings that appeared", async () => {
    const impact = await corpusImpact(corpus, compileRuleset(newest), compileRuleset(newest, [strict]));
    expect(impact.evaluated).toBe(2);
    expect(impact.changed).toEqual([
      expect.objectContaining({
        line: 1,
        encounterId: "with-ultrasound",
        statusFrom: "pass",
        statusTo: "fail",
        billingFrom: "97110×1, 97035×1 (cms, 2 timed units)",
        billingTo: "97110×1 (cms, 1 timed units)",
        added: [expect.objectContaining({ ruleId: "strict.no-ultrasound", services: [1] })],
      }),
    ]);
    expect(impact.invalid).toEqual([{ line: 3, message: expect.stringMatching(/^\/\w+ is required$/) }]);
    const report = formatCorpusImpact(impact, "corpus.ndjson", "A", "B");
    expect(report).toContain(
      "corpus corpus.ndjson: 2 encounters re-validated under A and B; 1 change status or billing",
    );
    expect(report).toContain(
      "  line 1 with-ultrasound (2026-11-02 medicare PT)\n    status  pass → fail\n    billing 97110×1, 97035×1 (cms, 2 timed units) → 97110×1 (cms, 1 timed units)\n    + strict.no-ultrasound error [1] 97035: 97035 refused",
    );
    expect(report).toContain("! line 3: skipped, not a valid encounter");
  });

  it("counts encounters whose findings change without changing status or billing apart", async () => {
    const impact = await corpusImpact(corpus, compileRuleset(newest), compileRuleset(newest, [gentle]));
    expect(impact.changed).toEqual([]);
    expect(impact.findingsOnly).toBe(1);
  });

  it("reports progress from the first encounter to the last", async () => {
    const calls: Array<[number, number]> = [];
    await corpusImpact(corpus, compileRuleset(newest), compileRuleset(newest), (done, total) =>
      calls.push([done, total]),
    );
    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
