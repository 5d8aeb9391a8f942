// What the rule-file schema cannot see: unknown facts and operators, a billing fact in a
// coding rule, placeholders no item fills, a rule that never says when it fires, rule ids
// used twice or outside their family, and dates or patterns that would fail at run time.
import { conditionLeaves } from "../../rules/condition-tree.ts";
import { templatePlaceholders } from "../../rules/finding-template.ts";
import { error, pointer, warning, type AuthoringProblem } from "./authoring-problem.ts";
import { checkCondition, checkFactUse, type RuleScope } from "./check-conditions.ts";
import type { ReleaseReferences } from "./check-tables.ts";
import { displayPath, filesWithRole, isRecord, type ReleaseFolder } from "./release-files.ts";
import type { FactShape, RuleVocabulary } from "./rule-vocabulary.ts";

export function checkRuleFiles(
  folder: ReleaseFolder,
  root: string,
  references: ReleaseReferences,
  vocabulary: RuleVocabulary,
): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const definedAt = new Map<string, string>();
  for (const file of filesWithRole(folder, "rule-file")) {
    const path = displayPath(root, file.absolutePath);
    if (!isRecord(file.data) || !Array.isArray(file.data.rules)) continue; // the schema says what is missing
    const family = typeof file.data.family === "string" ? file.data.family : undefined;
    const baseName = file.relativePath
      .replace(/\\/g, "/")
      .replace(/^rules\//, "")
      .replace(/\.json$/, "");
    if (family && family !== baseName) {
      problems.push(
        warning(
          path,
          "/family",
          `family "${family}" differs from the file name: name the file rules/${family}.json (and its cases ${family}.cases.json) so rules:test can filter by family`,
        ),
      );
    }
    file.data.rules.forEach((rule, index) => {
      if (!isRecord(rule)) return;
      const at = pointer("rules", index);
      if (typeof rule.id === "string") {
        if (family && !rule.id.startsWith(`${family}.`))
          problems.push(error(path, `${at}/id`, `rule id "${rule.id}" must start with its family, "${family}."`));
        const earlier = definedAt.get(rule.id);
        if (earlier) problems.push(error(path, `${at}/id`, `rule id "${rule.id}" is already defined at ${earlier}`));
        else definedAt.set(rule.id, `${path} ${at}`);
      }
      problems.push(
        ...checkRule(rule, at, {
          file: path,
          stage: rule.stage === "billing" ? "billing" : "coding",
          vocabulary,
          references,
        }),
      );
    });
  }
  return problems;
}

function checkRule(rule: Record<string, unknown>, at: string, scope: RuleScope): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  if (rule.when === undefined && rule.forEach === undefined) {
    problems.push(
      error(scope.file, at, "a rule needs `when`, `forEach` or both; without either it would fire on every encounter"),
    );
  }
  let itemFact: { name: string; fact: FactShape } | undefined;
  if (isRecord(rule.forEach)) {
    const checked = checkFactUse(rule.forEach, `${at}/forEach`, scope);
    problems.push(...checked.problems);
    if (checked.fact && !checked.fact.itemFields) {
      problems.push(
        error(
          scope.file,
          `${at}/forEach/fact`,
          `fact "${String(rule.forEach.fact)}" is not a list: forEach needs a fact with items (one finding per item)`,
        ),
      );
    } else if (checked.fact) {
      itemFact = { name: String(rule.forEach.fact), fact: checked.fact };
    }
  }
  for (const { condition, at: conditionAt } of conditionLeaves(rule.when, `${at}/when`))
    problems.push(...checkCondition(condition, conditionAt, scope));
  if (isRecord(rule.finding)) {
    for (const field of ["message", "fix"] as const) {
      const template = rule.finding[field];
      if (typeof template === "string")
        problems.push(
          ...checkPlaceholders(template, `${at}/finding/${field}`, rule.forEach !== undefined, itemFact, scope.file),
        );
    }
    if (rule.finding.omitFromBilling === true && scope.stage === "billing") {
      problems.push(
        error(
          scope.file,
          `${at}/finding/omitFromBilling`,
          "only coding-stage rules may take lines off the claim: billing rules run after the units are computed",
        ),
      );
    }
  }
  if (
    typeof rule.effectiveFrom === "string" &&
    typeof rule.effectiveTo === "string" &&
    rule.effectiveTo < rule.effectiveFrom
  ) {
    problems.push(
      error(
        scope.file,
        `${at}/effectiveTo`,
        `the rule ends (${rule.effectiveTo}) before it starts (${rule.effectiveFrom})`,
      ),
    );
  }
  return problems;
}

function checkPlaceholders(
  template: string,
  at: string,
  hasForEach: boolean,
  itemFact: { name: string; fact: FactShape } | undefined,
  file: string,
): AuthoringProblem[] {
  const placeholders = [...new Set(templatePlaceholders(template))];
  if (placeholders.length === 0) return [];
  if (!hasForEach) {
    return [
      error(
        file,
        at,
        `{${placeholders[0]}} cannot be filled: only a forEach rule has an item to fill placeholders from; write the text out or add forEach`,
      ),
    ];
  }
  if (!itemFact) return []; // the forEach fact itself is reported
  const fields = itemFact.fact.itemFields ?? [];
  return placeholders
    .filter((name) => !fields.includes(name))
    .map((name) =>
      error(file, at, `{${name}} is not a field of "${itemFact.name}" items (they have ${fields.join(", ")})`),
    );
}

/** Every leaf condition of a `when` tree with its JSON pointer. */
