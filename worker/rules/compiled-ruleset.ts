// A release ready to evaluate: its tables indexed and its rules built into an engine.
import type { RuleFile } from "../generated/types/rules/rule-file.ts";
import type { BundledRelease } from "./bundled-release.ts";
import { compileTables, type CompiledTables } from "./compiled-tables.ts";
import { buildRuleEngine, type RuleEngine } from "./rule-engine.ts";

export interface CompiledRuleset {
  version: string;
  hash: string;
  effectiveFrom: string;
  description: string;
  tables: CompiledTables;
  /** The rule files as written, for what explains the rules (the rule explorer). */
  ruleFiles: readonly RuleFile[];
  engine: RuleEngine;
}

/** `extraRuleFiles` lets tests and the rule tooling add rule files the release does not ship. */
export function compileRuleset(release: BundledRelease, extraRuleFiles: readonly RuleFile[] = []): CompiledRuleset {
  const tables = compileTables(release);
  const ruleFiles = [...release.ruleFiles, ...extraRuleFiles];
  return {
    version: release.version,
    hash: release.hash,
    effectiveFrom: release.manifest.effectiveFrom,
    description: release.manifest.description,
    tables,
    ruleFiles,
    engine: buildRuleEngine(ruleFiles, tables),
  };
}
