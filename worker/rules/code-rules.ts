// What a release says about one procedure code, for the rule explorer: its catalog entry, the
// pair edits and unit limits it is in, and the rules that can fire for it with their sources and
// golden cases. A rule "can fire for" the code when its conditions name the code or one of its
// catalog tags, or when, run on the release's own golden cases, it reports a finding on the code:
// the engine decides, nothing is listed by hand.
import { conditionLeaves } from "./condition-tree.ts";
import type { Finding } from "../generated/types/validation-result.ts";
import type { Rule } from "../generated/types/rules/rule-file.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import { evaluateEncounter } from "../validation/evaluate-encounter.ts";
import { parseEncounter } from "../validation/validate-encounter.ts";
import { paramReferenceKind, referencedStrings, valueReferenceKind } from "./code-references.ts";
import type { CatalogCode, MueEdit, PtpEdit } from "./bundled-release.ts";
import type { CompiledRuleset } from "./compiled-ruleset.ts";
import type { GoldenCase, ReleaseGoldenCases } from "./shipped-golden-cases.ts";

export interface CodePairEdit extends PtpEdit {
  /** Which column of the pair this code is in. */
  column: 1 | 2;
}

export interface RuleForCode {
  id: string;
  family: string;
  description: string;
  severity: Finding["severity"];
  source: string;
  /** Why it is listed, in a sentence each. */
  reasons: string[];
  /** The rule file's golden cases with this code among their services that state what this rule does. */
  goldenCases: GoldenCase[];
}

export interface CodeRules {
  code: string;
  ruleset: { version: string; hash: string };
  catalogEntry: CatalogCode;
  pairEdits: CodePairEdit[];
  medicallyUnlikelyEdits: MueEdit[];
  rules: RuleForCode[];
}

/** Per rule id, the golden cases in which the rule reported a finding on each code. */
export type FiringsByRule = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export function codeRules(
  catalogEntry: CatalogCode,
  ruleset: CompiledRuleset,
  goldenCases: ReleaseGoldenCases,
  firings: FiringsByRule,
): CodeRules {
  const { code } = catalogEntry;
  const pairEdits: CodePairEdit[] = ruleset.tables.ncciPtpEdits.edits.flatMap((edit): CodePairEdit[] =>
    edit.column1 === code ? [{ ...edit, column: 1 }] : edit.column2 === code ? [{ ...edit, column: 2 }] : [],
  );
  const rules: RuleForCode[] = [];
  for (const file of ruleset.ruleFiles) {
    const casesOfFile = goldenCases.find((candidate) => candidate.family === file.family)?.cases ?? [];
    for (const rule of file.rules) {
      const reasons = [
        ...namingReasons(rule, catalogEntry),
        ...(firings.get(rule.id)?.get(code) ?? []).map((name) => `It reports ${code} in the golden case “${name}”.`),
      ];
      if (reasons.length === 0) continue;
      rules.push({
        id: rule.id,
        family: file.family,
        description: rule.description,
        severity: rule.finding.severity,
        source: rule.source,
        reasons,
        goldenCases: casesOfFile.filter(
          (goldenCase) => involvesCode(goldenCase, code) && statesRule(goldenCase, rule.id),
        ),
      });
    }
  }
  return {
    code,
    ruleset: { version: ruleset.version, hash: ruleset.hash },
    catalogEntry,
    pairEdits,
    medicallyUnlikelyEdits: ruleset.tables.mueEditsByCode.get(code)?.slice() ?? [],
    rules,
  };
}

/** Runs every golden case of the release once and records which rule reported which code where. */
export async function goldenCaseFirings(
  ruleset: CompiledRuleset,
  goldenCases: ReleaseGoldenCases,
): Promise<FiringsByRule> {
  const firings = new Map<string, Map<string, string[]>>();
  for (const file of goldenCases) {
    for (const goldenCase of file.cases) {
      let encounter: Encounter;
      try {
        encounter = parseEncounter(goldenCase.encounter);
      } catch {
        continue; // rules:check reports a case whose encounter breaks the schema; it shows nothing here.
      }
      const result = await evaluateEncounter(encounter, ruleset);
      for (const finding of result.findings) {
        const codes = new Set([
          ...finding.codes,
          ...finding.services.map((index) => encounter.services[index]?.code ?? ""),
        ]);
        const byCode = firings.get(finding.ruleId) ?? new Map<string, string[]>();
        firings.set(finding.ruleId, byCode);
        for (const code of codes) {
          if (!code) continue;
          const names = byCode.get(code) ?? [];
          if (!names.includes(goldenCase.name)) names.push(goldenCase.name);
          byCode.set(code, names);
        }
      }
    }
  }
  return firings;
}

function namingReasons(rule: Rule, entry: CatalogCode): string[] {
  const reasons = new Set<string>();
  visitFactUses(rule, (fact, params, value) => {
    for (const [param, given] of Object.entries(params)) {
      const strings = referencedStrings(given, "").map((item) => item.value);
      if (paramReferenceKind(fact, param) === "procedureCode" && strings.includes(entry.code))
        reasons.add(`Its conditions name ${entry.code}.`);
      if (param === "tags")
        for (const tag of strings.filter((candidate) => entry.tags?.includes(candidate)))
          reasons.add(`It selects codes tagged “${tag}”, as ${entry.code} is.`);
    }
    if (
      valueReferenceKind(fact) === "procedureCode" &&
      referencedStrings(value, "").some((item) => item.value === entry.code)
    )
      reasons.add(`Its conditions name ${entry.code}.`);
  });
  return [...reasons];
}

/** Calls back for the rule's forEach and every condition of its `when`, however nested. */
function visitFactUses(
  rule: Rule,
  visit: (fact: string, params: Record<string, unknown>, value: unknown) => void,
): void {
  for (const { condition } of [...conditionLeaves(rule.forEach), ...conditionLeaves(rule.when)])
    visit(condition.fact, (condition.params ?? {}) as Record<string, unknown>, condition.value);
}

function involvesCode(goldenCase: GoldenCase, code: string): boolean {
  const services = (goldenCase.encounter as { services?: Array<{ code?: unknown }> }).services;
  return (
    Array.isArray(services) &&
    services.some((service) => typeof service?.code === "string" && service.code.toUpperCase() === code)
  );
}

function statesRule(goldenCase: GoldenCase, ruleId: string): boolean {
  const { findings = [], includesFindings = [], excludesRules = [] } = goldenCase.expect;
  return (
    [...findings, ...includesFindings].some((finding) => finding.ruleId === ruleId) || excludesRules.includes(ruleId)
  );
}
