// Builds what `npm run rules:publish` sends, from the shipped 2026.4.0 folder as a new version:
// a new pair row (97535 never with 97110, from 2026-11-01) with its golden case, or a change a test makes.
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { ReleasePublication } from "../../worker/generated/types/release-publication.ts";
import { bundledReleaseFromFiles } from "../../worker/releases/release-from-files.ts";
import { releaseHash } from "../../worker/releases/release-hash.ts";
import { createRulesetRegistry, type RulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { encounterWith, timed } from "./encounters.ts";

const shippedFiles = import.meta.glob<Record<string, unknown>>("/rules/releases/2026.4.0/**/*.json", {
  eager: true,
  import: "default",
});

export type ReleaseFiles = Record<string, Record<string, unknown>>;

/** The shipped release's files by path inside the folder, each a fresh copy a test may change. */
export function shippedReleaseFiles(): ReleaseFiles {
  return Object.fromEntries(
    Object.entries(shippedFiles).map(([path, data]) => [
      path.replace("/rules/releases/2026.4.0/", ""),
      structuredClone(data),
    ]),
  );
}

/** An encounter 2026.4.0 passes and the new pair row fails: 97110 and 97535 on one visit. */
export const pairEncounter = encounterWith([timed("97110", 15), timed("97535", 15)], {
  encounterId: "enc-pair",
  dateOfService: "2026-11-16",
});

export const newPairRow = {
  column1: "97110",
  column2: "97535",
  effectiveDate: "2026-11-01",
  modifierIndicator: 0,
  rationale: "Test row: 97535 is not paid with 97110 on the same date.",
  source: "NCCI Policy Manual for Medicare Services, Ch. XI (test row)",
};

export function withNewPairRow(files: ReleaseFiles): ReleaseFiles {
  // A copy: a test that edits the row must not change it for the next.
  (files["tables/ncci-ptp-edits.json"]!.edits as unknown[]).push({ ...newPairRow });
  (files["rules/ncci.cases.json"]!.cases as unknown[]).push({
    name: "97535 with 97110 fails from 2026-11-01",
    encounter: pairEncounter,
    expect: {
      status: "fail",
      findings: [{ ruleId: "ncci.ptp.never-together", services: [0, 1], codes: ["97110", "97535"] }],
    },
  });
  return files;
}

export async function publicationOf(
  version: string,
  files: ReleaseFiles,
  fields: Partial<ReleasePublication> = {},
): Promise<ReleasePublication> {
  files["release.json"] = {
    ...files["release.json"],
    version,
    effectiveFrom: "2026-11-01",
    description: `Test release ${version}.`,
  };
  const hash = await releaseHash(Object.entries(files).map(([relativePath, data]) => ({ relativePath, data })));
  return { version, hash, files, ...fields };
}

/** The bundled releases and, published and in shadow, this version with the new pair row (from 2026-11-01). */
export async function registryWithShadow(version = "2026.4.7"): Promise<RulesetRegistry> {
  const publication = await publicationOf(version, withNewPairRow(shippedReleaseFiles()));
  const files = Object.entries(publication.files).map(([relativePath, data]) => ({ relativePath, data }));
  const release = bundledReleaseFromFiles(version, publication.hash, files);
  return createRulesetRegistry(bundledReleases, [
    {
      release,
      publication: {
        version,
        hash: publication.hash,
        effectiveFrom: release.manifest.effectiveFrom,
        description: release.manifest.description,
        state: "shadow",
        publishedAt: "2026-11-20T09:00:00.000Z",
        publishedBy: "compliance",
        goldenCases: 1,
      },
    },
  ]);
}
