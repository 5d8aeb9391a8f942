// What the API serves cites public documents only (domain-facts §12): every string of every table,
// rule file and release manifest that can reach an answer, the sample corpus's answers under every
// release, and /v1/rulesets are scanned for internal material. `note` fields are the authors' own.
import { describe, expect, it } from "vitest";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";
import { validateEncounter } from "../../../worker/validation/validate-encounter.ts";
import { servedStrings, servedTextProblems } from "../../../worker/rules/served-text.ts";
import { parseCorpus } from "../../../worker/tooling/authoring/corpus-impact.ts";
import { callWorker } from "../../helpers/call-worker.ts";

const ruleData = import.meta.glob<unknown>(
  ["/rules/source/**/*.json", "/rules/releases/*/**/*.json", "!**/*.cases.json"],
  { import: "default", eager: true },
);
const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", {
  query: "?raw",
  import: "default",
  eager: true,
})["/rules/corpus/sample-encounters.ndjson"]!;
const forbidden = /000_366231e3abe50ae7|domain facts|the user's|\((?:H|M|L|M-H)\)|\b[HML] for\b|rationale not stated/i;

describe("servedTextProblems", () => {
  it.each([
    ["see 000_366231e3abe50ae7.txt", "000_366231e3abe50ae7"],
    ["CPT descriptor unit basis (domain facts §3)", "domain facts"],
    ["as the user's statement", "the user's"],
    ["NCCI Policy Manual Ch. XI (M for the column order)", "M for"],
    ["per-code method (M)", "(M)"],
    ["rationale not stated; only the evaluation was paid", "rationale not stated"],
  ])("refuses %j", (text, marker) => {
    expect(servedTextProblems(text)).toEqual([expect.stringContaining(`contains "${marker}"`)]);
  });

  it("accepts public citations", () => {
    expect(
      servedTextProblems(
        "Medicare Claims Processing Manual, Pub 100-04, Ch. 5, §20.2 (example 3); NCCI Policy Manual for Medicare Services, Ch. I (modifier indicator 1)",
      ),
    ).toEqual([]);
  });

  it("leaves notes out of what it scans", () => {
    expect(
      servedStrings({ source: "CMS Pub 100-04", note: "domain facts §1 (H)", rows: [{ rationale: "x" }] }),
    ).toEqual([
      { at: "/source", text: "CMS Pub 100-04" },
      { at: "/rows/0/rationale", text: "x" },
    ]);
  });
});

describe("served text", () => {
  it("scans the source and every release", () => {
    const files = Object.keys(ruleData);
    expect(files.some((path) => path.startsWith("/rules/source/tables/"))).toBe(true);
    expect(files.some((path) => /^\/rules\/releases\/[^/]+\/release\.json$/.test(path))).toBe(true);
  });

  it("holds no internal material in any table, rule file or release notes", () => {
    const found = Object.entries(ruleData).flatMap(([path, data]) =>
      servedStrings(data)
        .filter(({ text }) => forbidden.test(text))
        .map(({ at, text }) => `${path} ${at}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it("holds none in /v1/rulesets", async () => {
    const body = await (await callWorker("/v1/rulesets")).text();
    expect(body).not.toMatch(forbidden);
  });

  it("holds none in any answer to the sample corpus, under every release", async () => {
    const { encounters } = parseCorpus(sampleCorpus);
    expect(encounters.length).toBeGreaterThan(100);
    const versions = shippedRulesets.list().map((ruleset) => ruleset.version);
    for (const version of versions) {
      for (const encounter of encounters) {
        const answer = JSON.stringify(await validateEncounter(encounter.body, shippedRulesets, version));
        expect(answer, `${version} line ${encounter.line}`).not.toMatch(forbidden);
      }
    }
  });
});
