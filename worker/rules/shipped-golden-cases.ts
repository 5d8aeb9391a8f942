// The golden cases the build bundled, by release version: what the rule explorer shows as
// each rule's worked examples.
import { bundledGoldenCases } from "../generated/golden-cases.ts";
import type { GoldenCases } from "../generated/types/rules/golden-cases.ts";

export type GoldenCase = GoldenCases["cases"][number];

/** One rule file's cases: `family` is the rule file's name, e.g. `ncci` for rules/ncci.json. */
export interface GoldenCaseFile {
  family: string;
  cases: GoldenCase[];
}

export type ReleaseGoldenCases = GoldenCaseFile[];

export function goldenCasesOf(version: string): ReleaseGoldenCases {
  return bundledGoldenCases[version] ?? [];
}
