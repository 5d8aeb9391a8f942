// Chooses the release that answers an encounter: the one pinned by version, or the active one
// with the latest effectiveFrom on or before the date of service. Releases come bundled with the
// code or published since (worker/releases/); a published release's state decides whether it
// answers dates (active) or only pins (shadow, retired), even when the code bundles it too.
// Releases compile on first use, once per isolate.
import { ProblemError } from "../errors/problem-error.ts";
import type { PublishedRelease } from "../generated/types/published-release.ts";
import type { RulesetSummary } from "../generated/types/ruleset-list.ts";
import type { BundledRelease } from "./bundled-release.ts";
import { compileRuleset, type CompiledRuleset } from "./compiled-ruleset.ts";
import { dayBefore } from "../validation/calendar-date.ts";

// The summary's shape is the contract in schemas/ruleset-list.schema.json (also served in /openapi.json).
export type { RulesetSummary };

export interface RulesetRegistry {
  list(): RulesetSummary[];
  byVersion(version: string): CompiledRuleset;
  forDate(dateOfService: string): CompiledRuleset;
  select(dateOfService: string, pinnedVersion?: string): CompiledRuleset;
  /** Published releases in shadow: validations are evaluated against them too, for the shadow report. */
  inShadow(): CompiledRuleset[];
}

export interface PublishedEntry {
  release: BundledRelease;
  publication: PublishedRelease;
}

interface Entry {
  release: BundledRelease;
  publication?: PublishedRelease;
}

// Keyed by the release object, which a registry rebuilt every refresh keeps: a release compiles once per isolate.
const compiledReleases = new WeakMap<BundledRelease, CompiledRuleset>();

/** The release compiled, once per isolate. */
export function compiledRuleset(release: BundledRelease): CompiledRuleset {
  let ruleset = compiledReleases.get(release);
  if (!ruleset) {
    ruleset = compileRuleset(release);
    compiledReleases.set(release, ruleset);
  }
  return ruleset;
}

export function createRulesetRegistry(
  bundled: readonly BundledRelease[],
  published: readonly PublishedEntry[] = [],
): RulesetRegistry {
  const publications = new Map(published.map((entry) => [entry.release.version, entry]));
  const entries: Entry[] = [
    ...bundled.map((release) => ({ release, publication: publications.get(release.version)?.publication })),
    ...published.filter((entry) => !bundled.some((release) => release.version === entry.release.version)),
  ];
  // Date order; on the same effectiveFrom a published release comes after (and takes over from) a bundled one.
  const answering = entries
    .filter((entry) => !entry.release.pinOnly && (!entry.publication || entry.publication.state === "active"))
    .sort(
      (a, b) =>
        a.release.manifest.effectiveFrom.localeCompare(b.release.manifest.effectiveFrom) ||
        Number(Boolean(a.publication)) - Number(Boolean(b.publication)),
    )
    .filter(
      (entry, index, all) => all[index + 1]?.release.manifest.effectiveFrom !== entry.release.manifest.effectiveFrom,
    );
  const summary = (entry: Entry): RulesetSummary => {
    const { release, publication } = entry;
    const position = answering.indexOf(entry);
    const next = position === -1 ? undefined : answering[position + 1];
    return {
      version: release.version,
      hash: release.hash,
      effectiveFrom: release.manifest.effectiveFrom,
      ...(next ? { effectiveTo: dayBefore(next.release.manifest.effectiveFrom) } : {}),
      description: release.manifest.description,
      ruleCount: release.ruleFiles.reduce((sum, file) => sum + file.rules.length, 0),
      codeCount: release.tables.catalog.codes.length,
      origin: publication ? "published" : "bundled",
      state: publication?.state ?? (position === -1 ? "retired" : "active"),
      ...(publication?.activatedAt ? { activatedAt: publication.activatedAt } : {}),
      ...(publication?.state === "shadow" && publication.activateAt ? { activateAt: publication.activateAt } : {}),
    };
  };
  const registry: RulesetRegistry = {
    list: () =>
      entries
        .filter((entry) => !entry.release.pinOnly || entry.publication)
        .map(summary)
        .sort(
          (a, b) =>
            a.effectiveFrom.localeCompare(b.effectiveFrom) ||
            Number(a.origin === "published") - Number(b.origin === "published"),
        ),
    byVersion(version) {
      const entry = entries.find((candidate) => candidate.release.version === version);
      if (!entry) {
        const known = registry
          .list()
          .map((candidate) => candidate.version)
          .join(", ");
        throw new ProblemError(
          "not-found",
          `No ruleset release ${version}; the releases are ${known} (GET /v1/rulesets).`,
        );
      }
      return compiledRuleset(entry.release);
    },
    forDate(dateOfService) {
      const entry = answering.findLast((candidate) => candidate.release.manifest.effectiveFrom <= dateOfService);
      if (!entry) {
        const earliest = answering[0]?.release.manifest.effectiveFrom ?? "none";
        throw new ProblemError(
          "no-ruleset-for-date",
          `No ruleset release covers ${dateOfService}; the earliest starts on ${earliest}.`,
        );
      }
      return compiledRuleset(entry.release);
    },
    select: (dateOfService, pinnedVersion) =>
      pinnedVersion ? registry.byVersion(pinnedVersion) : registry.forDate(dateOfService),
    inShadow: () =>
      entries.filter((entry) => entry.publication?.state === "shadow").map((entry) => compiledRuleset(entry.release)),
  };
  return registry;
}
