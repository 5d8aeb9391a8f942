// What the worker checks in a published release's rules, with the code it is deployed with:
// rule ids used once, only facts, params and operators this deployment has, and codes and
// modifiers named in a rule that the release's catalog and modifier table hold (as rules:check
// says too). Each problem carries its JSON pointer into the request body.
import type { ValidateFunction } from "ajv";
import type { SchemaError } from "../errors/problem-error.ts";
import { paramReferenceKind, valueReferenceKind, type ReferenceKind } from "../rules/code-references.ts";
import { conditionLeaves } from "../rules/condition-tree.ts";
import { jsonPointer } from "../validation/json-pointer.ts";
import { toSchemaErrors } from "../validation/schema-errors.ts";
import { filePointer, type ReleaseFileData } from "./release-from-files.ts";
import { unknownReferences, type ReleaseReferences } from "./table-checks.ts";
import { isRecord } from "./table-rows.ts";

export interface ReleaseVocabulary {
  /** Fact names this deployment registers, each with its params validator when it takes params. */
  facts: ReadonlyMap<string, { params?: ValidateFunction }>;
  isKnownOperator(name: string): boolean;
}

/** The rule files' problems; run once every file follows its schema. */
export function ruleProblems(
  ruleFiles: readonly ReleaseFileData[],
  vocabulary: ReleaseVocabulary,
  references: ReleaseReferences,
): SchemaError[] {
  const problems: SchemaError[] = [];
  const seenIds = new Map<string, string>();
  for (const file of ruleFiles) {
    const rules = (file.data as { rules: Array<Record<string, unknown>> }).rules;
    for (const [index, rule] of rules.entries()) {
      const at = `/rules/${index}`;
      const earlier = seenIds.get(String(rule.id));
      if (earlier)
        problems.push({
          pointer: filePointer(file.relativePath, `${at}/id`),
          message: `rule id "${String(rule.id)}" is already used at ${earlier}`,
        });
      else seenIds.set(String(rule.id), filePointer(file.relativePath, at));
      for (const use of factUses(rule, at))
        problems.push(...vocabularyProblems(file.relativePath, use, vocabulary, references));
    }
  }
  return problems;
}

interface FactUse {
  at: string;
  node: Record<string, unknown>;
  /** A condition (with an operator), not a forEach. */
  condition: boolean;
}

/** The rule's forEach and every leaf condition of its `when` tree, each with its pointer. */
function factUses(rule: Record<string, unknown>, at: string): FactUse[] {
  const uses: FactUse[] = [];
  if (isRecord(rule.forEach)) uses.push({ at: `${at}/forEach`, node: rule.forEach, condition: false });
  for (const leaf of conditionLeaves(rule.when, `${at}/when`))
    uses.push({ at: leaf.at, node: leaf.condition, condition: true });
  return uses;
}

function vocabularyProblems(
  path: string,
  use: FactUse,
  vocabulary: ReleaseVocabulary,
  references: ReleaseReferences,
): SchemaError[] {
  const name = String(use.node.fact);
  const problems: SchemaError[] = [];
  const fact = vocabulary.facts.get(name);
  if (!fact)
    problems.push({
      pointer: filePointer(path, `${use.at}/fact`),
      message: `unknown fact "${name}": the deployed code has no such fact (a new fact needs a deploy first)`,
    });
  const params = use.node.params;
  if (fact && params !== undefined) {
    if (!fact.params)
      problems.push({ pointer: filePointer(path, `${use.at}/params`), message: `fact "${name}" takes no params` });
    else if (!fact.params(params)) {
      problems.push(
        ...toSchemaErrors(fact.params.errors ?? []).errors.map((error) => ({
          ...error,
          pointer: filePointer(path, `${use.at}/params${error.pointer}`),
          message: `${error.message} (a param of fact "${name}")`,
        })),
      );
    }
  }
  problems.push(...referenceProblems(path, use, name, references));
  const operator = use.node.operator;
  if (use.condition && typeof operator === "string" && !vocabulary.isKnownOperator(operator)) {
    problems.push({
      pointer: filePointer(path, `${use.at}/operator`),
      message: `unknown operator "${operator}": the deployed code has no such operator`,
    });
  }
  return problems;
}

/** Codes and modifiers a rule names (in a fact's params, or the value a condition compares with) that the release lacks. */
function referenceProblems(path: string, use: FactUse, name: string, references: ReleaseReferences): SchemaError[] {
  const named: Array<{ value: unknown; at: string; kind: ReferenceKind }> = [];
  if (isRecord(use.node.params))
    for (const [param, value] of Object.entries(use.node.params)) {
      const kind = paramReferenceKind(name, param);
      if (kind) named.push({ value, at: `${use.at}/params${jsonPointer(param)}`, kind });
    }
  const valueKind = use.condition ? valueReferenceKind(name) : undefined;
  if (valueKind) named.push({ value: use.node.value, at: `${use.at}/value`, kind: valueKind });
  return named.flatMap(({ value, at, kind }) =>
    unknownReferences(value, at, kind, references).map((problem) => ({
      pointer: filePointer(path, problem.pointer),
      message: problem.message,
    })),
  );
}
