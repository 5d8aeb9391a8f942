// What every answer keeps to, whatever the encounter: errors and warnings are about the claim as
// sent, `status` follows them, and `billing.lines` marks the lines that wait on a fix. Checked over
// the sample corpus and over encounters fast-check makes up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import type { Finding, ValidationResult } from "../../worker/generated/types/validation-result.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { evaluateEncounter } from "../../worker/validation/evaluate-encounter.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { propertySeed } from "../properties/encounter-arbitraries.ts";

const sampleCorpus = import.meta.glob<string>("/rules/corpus/sample-encounters.ndjson", {
  query: "?raw",
  import: "default",
  eager: true,
})["/rules/corpus/sample-encounters.ndjson"]!;
const corpus = sampleCorpus
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => parseEncounter(JSON.parse(line)));

/** Rule families about the encounter as a whole (who bills, the diagnoses, the NPI): they may name any line. */
const encounterLevelFamilies = ["who-may-bill", "diagnoses", "provider"];

const validate = (encounter: Encounter) =>
  evaluateEncounter(encounter, shippedRulesets.forDate(encounter.dateOfService));

/**
 * Errors and warnings that name only services billing nothing: not on a billing line, and not sent
 * with units (a service sent with units is on the claim as sent, even when its minutes earn none).
 */
function findingsAboutNothingBilled(encounter: Encounter, result: ValidationResult): Finding[] {
  const billed = new Set(result.billing.lines.flatMap((line) => line.services));
  const onClaimAsSent = (service: number) => billed.has(service) || (encounter.services[service]?.units ?? 0) > 0;
  return result.findings.filter(
    (finding) =>
      finding.severity !== "info" &&
      !encounterLevelFamilies.includes(finding.ruleId.split(".")[0]!) &&
      finding.services.length > 0 &&
      !finding.services.some(onClaimAsSent),
  );
}

function brokenPromises(encounter: Encounter, result: ValidationResult): string[] {
  const problems = findingsAboutNothingBilled(encounter, result).map(
    (finding) => `${finding.ruleId} names only services that bill nothing: ${finding.message}`,
  );
  const errorRules = new Set(
    result.findings.filter((finding) => finding.severity === "error").map((finding) => finding.ruleId),
  );
  if (errorRules.size > 0 !== (result.status === "fail"))
    problems.push(`status ${result.status} with ${errorRules.size} error rules`);
  for (const line of result.billing.lines) {
    for (const ruleId of line.dependsOn ?? [])
      if (!errorRules.has(ruleId)) problems.push(`line ${line.service} depends on ${ruleId}, which raised no error`);
  }
  for (const finding of result.findings) {
    if (/unit\(s\)|with 0 units/.test(`${finding.message} ${finding.fix}`))
      problems.push(`${finding.ruleId} says "unit(s)" or "0 units": ${finding.message} ${finding.fix}`);
  }
  return problems;
}

const services = fc.array(
  fc.record(
    {
      code: fc.constantFrom(
        "97110",
        "97112",
        "97116",
        "97124",
        "97140",
        "97530",
        "97035",
        "97750",
        "95851",
        "97161",
        "97010",
        "97012",
        "98940",
        "97139",
        "95180",
        "99213",
      ),
      minutes: fc.integer({ min: 0, max: 45 }),
      units: fc.integer({ min: 1, max: 4 }),
      modifiers: fc.uniqueArray(fc.constantFrom("GP", "GO", "CQ", "59", "XU", "XS", "GY", "KX", "76"), {
        maxLength: 3,
      }),
      description: fc.constant("cupping"),
    },
    { requiredKeys: ["code"] },
  ),
  { minLength: 1, maxLength: 6 },
);

const encounters = fc
  .record({
    services,
    payer: fc.constantFrom("medicare", "medicaid", "commercial", "workers_comp"),
    unitMethod: fc.constantFrom(undefined, "cms", "ama"),
    discipline: fc.constantFrom("PT", "PTA", "OT", "LMT", "DC", "MD"),
    dateOfService: fc.constantFrom("2020-01-15", "2026-09-14", "2026-11-02"),
  })
  .map(({ services, payer, unitMethod, discipline, dateOfService }) =>
    encounterWith(services, {
      dateOfService,
      payer: unitMethod
        ? { type: payer as Encounter["payer"]["type"], unitMethod: unitMethod as "cms" | "ama" }
        : { type: payer as Encounter["payer"]["type"] },
      provider: { discipline: discipline as Encounter["provider"]["discipline"], npi: "1234567893" },
    }),
  );

describe("evaluateEncounter", () => {
  it("never raises an error or warning about services that bill nothing, over the sample corpus", async () => {
    expect(corpus.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const encounter of corpus) {
      for (const problem of brokenPromises(encounter, await validate(encounter)))
        problems.push(`${encounter.encounterId}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps the same promises for encounters fast-check makes up", async () => {
    await fc.assert(
      fc.asyncProperty(encounters, async (encounter) => {
        expect(brokenPromises(encounter, await validate(parseEncounter(encounter)))).toEqual([]);
      }),
      { seed: propertySeed, numRuns: 300 },
    );
  });

  it("counts the property's own check: an error about a line that bills nothing is caught", () => {
    const encounter = encounterWith([timed("97110", 30), timed("97140", 5)]);
    const result: ValidationResult = {
      encounterId: "x",
      status: "fail",
      ruleset: { version: "v", hash: "h" },
      findings: [
        {
          ruleId: "ncci.ptp.modifier-missing",
          severity: "error",
          message: "m",
          services: [1],
          codes: ["97140"],
          fix: "f",
          source: "s",
        },
      ],
      billing: {
        unitMethod: "cms",
        totalTimedMinutes: 35,
        totalTimedUnits: 2,
        lines: [{ service: 0, services: [0], code: "97110", units: 2, modifiers: ["GP"] }],
      },
    };
    expect(findingsAboutNothingBilled(encounter, result).map((finding) => finding.ruleId)).toEqual([
      "ncci.ptp.modifier-missing",
    ]);
  });

  it("leaves a pair edit alone when its column-2 line earns no unit", async () => {
    const result = await validate(encounterWith([timed("97530", 30), timed("97140", 5)]));
    expect(result.status).toBe("pass");
    expect(result.billing.lines.map((line) => [line.code, line.units])).toEqual([["97530", 2]]);
  });

  it("takes an indicator-0 column-2 line off the claim and counts the day's units without its minutes", async () => {
    const result = await validate(encounterWith([timed("97124", 20), timed("97140", 10)]));
    expect(result.billing).toMatchObject({ totalTimedMinutes: 20, totalTimedUnits: 1 });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["ncci.ptp.never-together"]);
  });

  it("leaves the column-1 line off instead when it would earn no unit without the column-2 line's minutes", async () => {
    // Found by the property above: with 97140 off, the day's 64 minutes make 4 units, all 97110's, and 97124 bills nothing.
    const encounter = encounterWith([timed("97140", 19), timed("97110", 40), timed("97124", 8), timed("97110", 16)]);
    const result = await validate(encounter);
    expect(result.billing.lines.map(({ code, units }) => [code, units])).toEqual([
      ["97140", 1],
      ["97110", 4],
    ]);
    const pairEdit = result.findings.find((finding) => finding.ruleId === "ncci.ptp.never-together")!;
    expect(pairEdit).toMatchObject({ services: [0, 2], codes: ["97140", "97124"] });
    expect(pairEdit.message).toContain("97124 is left off the claim");
    expect(pairEdit.message).toContain(
      "97124 earns no unit once 97140's minutes are off the claim, so 97140 is the code billed",
    );
    expect(findingsAboutNothingBilled(encounter, result)).toEqual([]);
  });

  it("marks a line that is paid only once a modifier is added, and fails the claim", async () => {
    const result = await validate(
      encounterWith([{ code: "97161", modifiers: ["GP"] }, timed("97110", 25), timed("97140", 13)]),
    );
    expect(result.status).toBe("fail");
    expect(result.billing.lines.map((line) => line.dependsOn)).toEqual([
      undefined,
      undefined,
      ["ncci.ptp.modifier-missing"],
    ]);
  });

  it("accepts the units sent when they are an allocation the CMS method allows on a tie", async () => {
    const result = await validate(encounterWith([timed("97112", 20, { units: 1 }), timed("97110", 20, { units: 2 })]));
    expect(result.status).toBe("pass");
    expect(result.billing.lines.map((line) => line.units)).toEqual([1, 2]);
  });
});
