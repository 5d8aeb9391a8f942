// Chooses the release that answers an encounter: the one pinned by version, or the one
// with the latest effectiveFrom on or before the date of service. Releases compile on first use.
import { ProblemError } from "../errors/problem-error.ts";
import type { BundledRelease } from "./bundled-release.ts";
import type { RulesetSummary } from "../generated/types/ruleset-list.ts";
import { compileRuleset, type CompiledRuleset } from "./compiled-ruleset.ts";

// The summary's shape is the contract in schemas/ruleset-list.schema.json (also served in /openapi.json).
export type { RulesetSummary };

export interface RulesetRegistry {
  list(): RulesetSummary[];
  byVersion(version: string): CompiledRuleset;
  forDate(dateOfService: string): CompiledRuleset;
  select(dateOfService: string, pinnedVersion?: string): CompiledRuleset;
}

export function createRulesetRegistry(releases: readonly BundledRelease[]): RulesetRegistry {
  const ordered = releases.filter((release) => !release.pinOnly).sort((a, b) => a.manifest.effectiveFrom.localeCompare(b.manifest.effectiveFrom));
  const compiled = new Map<string, CompiledRuleset>();
  const compile = (release: BundledRelease) => {
    let ruleset = compiled.get(release.version);
    if (!ruleset) {
      ruleset = compileRuleset(release);
      compiled.set(release.version, ruleset);
    }
    return ruleset;
  };
  const registry: RulesetRegistry = {
    list: () =>
      ordered.map((release, index) => {
        const next = ordered[index + 1];
        return {
          version: release.version,
          hash: release.hash,
          effectiveFrom: release.manifest.effectiveFrom,
          ...(next ? { effectiveTo: dayBefore(next.manifest.effectiveFrom) } : {}),
          description: release.manifest.description,
          ruleCount: release.ruleFiles.reduce((sum, file) => sum + file.rules.length, 0),
          codeCount: release.tables.catalog.codes.length,
        };
      }),
    byVersion(version) {
      const release = releases.find((candidate) => candidate.version === version);
      if (!release) {
        const known = ordered.map((candidate) => candidate.version).join(", ");
        throw new ProblemError("not-found", `No ruleset release ${version}; the releases are ${known} (GET /v1/rulesets).`);
      }
      return compile(release);
    },
    forDate(dateOfService) {
      const release = ordered.findLast((candidate) => candidate.manifest.effectiveFrom <= dateOfService);
      if (!release) {
        const earliest = ordered[0]?.manifest.effectiveFrom ?? "none";
        throw new ProblemError("no-ruleset-for-date", `No ruleset release covers ${dateOfService}; the earliest starts on ${earliest}.`);
      }
      return compile(release);
    },
    select: (dateOfService, pinnedVersion) => (pinnedVersion ? registry.byVersion(pinnedVersion) : registry.forDate(dateOfService)),
  };
  return registry;
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
