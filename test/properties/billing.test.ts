// Properties of every validation result, over generated plausible encounters (fast-check,
// seeded and bounded), checked against the release that answered: the CMS units are the
// 8-minute band of the timed total, no code bills more than its minutes allow, and the status
// is `fail` exactly when a finding is an error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { unitsForMinutes } from "../../worker/units/fifteen-minute-bands.ts";
import { validateEncounter } from "../../worker/validation/validate-encounter.ts";
import { plausibleEncounter, propertySeed } from "./encounter-arbitraries.ts";

/** The result, or undefined when no release covers the date (a 422, not a result). */
async function resultFor(encounter: Encounter): Promise<ValidationResult | undefined> {
  try {
    return await validateEncounter(encounter, shippedRulesets);
  } catch (error) {
    if (error instanceof ProblemError && error.code === "no-ruleset-for-date") return undefined;
    throw error;
  }
}

/** A timed service sent without minutes bills the units sent (its time cannot be checked): the minute properties skip those encounters. */
function everyTimedServiceHasMinutes(encounter: Encounter, result: ValidationResult): boolean {
  const catalog = releaseOf(result).catalogByCode;
  return encounter.services.every(
    (service) => catalog.get(service.code)?.unitBasis !== "timed" || service.minutes !== undefined,
  );
}

function releaseOf(result: ValidationResult) {
  return shippedRulesets.byVersion(result.ruleset.version).tables;
}

const runs = { seed: propertySeed, numRuns: 300 };

describe("every validation result", () => {
  it("bills, under the CMS method, the 8-minute band of the timed total, spread over the timed lines", async () => {
    await fc.assert(
      fc.asyncProperty(plausibleEncounter, async (encounter) => {
        const result = await resultFor(encounter);
        if (result?.billing.unitMethod !== "cms" || !everyTimedServiceHasMinutes(encounter, result)) return;
        const tables = releaseOf(result);
        const { totalTimedMinutes, totalTimedUnits, lines } = result.billing;
        expect(totalTimedUnits).toBe(unitsForMinutes(totalTimedMinutes, tables.timeUnits.fifteenMinute));
        const timedLineUnits = lines
          .filter((line) => tables.catalogByCode.get(line.code)?.unitBasis === "timed")
          .reduce((sum, line) => sum + line.units, 0);
        expect(timedLineUnits).toBe(totalTimedUnits);
        // Lines taken off the claim do not count: the total is at most every timed minute sent.
        const timedMinutesSent = encounter.services
          .filter((service) => tables.catalogByCode.get(service.code)?.unitBasis === "timed")
          .reduce((sum, service) => sum + (service.minutes ?? 0), 0);
        expect(totalTimedMinutes).toBeLessThanOrEqual(timedMinutesSent);
      }),
      runs,
    );
  });

  it("bills no timed code more units than its minutes allow, and an untimed line one unit", async () => {
    await fc.assert(
      fc.asyncProperty(plausibleEncounter, async (encounter) => {
        const result = await resultFor(encounter);
        if (!result || !everyTimedServiceHasMinutes(encounter, result)) return;
        const catalog = releaseOf(result).catalogByCode;
        const billedByCode = new Map<string, number>();
        for (const line of result.billing.lines) {
          billedByCode.set(line.code, (billedByCode.get(line.code) ?? 0) + line.units);
          if (catalog.get(line.code)?.unitBasis === "untimed") expect(line.units, line.code).toBe(1);
        }
        for (const [code, billed] of billedByCode) {
          if (catalog.get(code)?.unitBasis !== "timed") continue;
          // Each service's minutes allow at most one unit per started 15 minutes.
          const allowed = encounter.services
            .filter((service) => service.code === code)
            .reduce((sum, service) => sum + Math.ceil((service.minutes ?? 0) / 15), 0);
          expect(billed, code).toBeLessThanOrEqual(allowed);
        }
      }),
      runs,
    );
  });

  it("is fail exactly when a finding is an error", async () => {
    await fc.assert(
      fc.asyncProperty(plausibleEncounter, async (encounter) => {
        const result = await resultFor(encounter);
        if (!result) return;
        expect(result.status === "fail").toBe(result.findings.some((finding) => finding.severity === "error"));
      }),
      runs,
    );
  });
});
