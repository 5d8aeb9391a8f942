// The shape of one ruleset release as the build bundles it (worker/generated/releases.ts).
import type { Catalog } from "../generated/types/rules/catalog.ts";
import type { DiagnosisCodeSets } from "../generated/types/rules/diagnosis-code-sets.ts";
import type { Disciplines } from "../generated/types/rules/disciplines.ts";
import type { EvaluationFamilies } from "../generated/types/rules/evaluation-families.ts";
import type { KxThresholds } from "../generated/types/rules/kx-thresholds.ts";
import type { Modifiers } from "../generated/types/rules/modifiers.ts";
import type { MedicallyUnlikelyEdits } from "../generated/types/rules/mue.ts";
import type { NcciPtpEdits } from "../generated/types/rules/ncci-ptp-edits.ts";
import type { PayerProfiles } from "../generated/types/rules/payer-profiles.ts";
import type { Release } from "../generated/types/rules/release.ts";
import type { RuleFile } from "../generated/types/rules/rule-file.ts";
import type { TimeUnits } from "../generated/types/rules/time-units.ts";
import type { BundledCodeSet } from "./diagnosis-code-set-index.ts";

/** tables/diagnosis-code-sets.json as bundled: each set's codes encoded (see compactDiagnosisCodeSets). */
export type BundledDiagnosisCodeSets = Omit<DiagnosisCodeSets, "codeSets"> & { codeSets: BundledCodeSet[] };

export type CatalogCode = Catalog["codes"][number];
export type PayerType = keyof PayerProfiles["profiles"];
export type PayerProfile = PayerProfiles["profiles"][PayerType];
export type DisciplineCode = keyof Disciplines["disciplines"];
export type DisciplineEntry = Disciplines["disciplines"][DisciplineCode];
export type PtpEdit = NcciPtpEdits["edits"][number];
export type ModifierEntry = Modifiers["modifiers"][number];
export type MueEdit = MedicallyUnlikelyEdits["edits"][number];
export type KxYear = KxThresholds["years"][number];

/** The release's tables, keyed by file name under `tables/` in camelCase. */
export interface ReleaseTables {
  catalog: Catalog;
  payerProfiles: PayerProfiles;
  timeUnits: TimeUnits;
  disciplines: Disciplines;
  ncciPtpEdits: NcciPtpEdits;
  modifiers: Modifiers;
  mue: MedicallyUnlikelyEdits;
  /** From 2026.4.0; an older release without it has no evaluation families. */
  evaluationFamilies?: EvaluationFamilies;
  /** From 2026.4.0: the ICD-10-CM code sets by fiscal year; an older release checks diagnoses by shape only. */
  diagnosisCodeSets?: BundledDiagnosisCodeSets;
  /** From 2026.4.0: releases without it answer no KX findings. */
  kxThresholds?: KxThresholds;
}

export interface BundledRelease {
  version: string;
  /** `sha256-` + base64 of the release's content, computed by the build. */
  hash: string;
  manifest: Release;
  /** Answers only `?ruleset=<version>`, never a date of service, and is not listed (rules/source/ under npm start). */
  pinOnly?: boolean;
  tables: ReleaseTables;
  ruleFiles: RuleFile[];
}
