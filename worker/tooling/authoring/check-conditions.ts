// Checks one use of a fact (a condition or a forEach) against the vocabulary: the fact and the
// operator exist, the fact's stage suits the rule, its params are ones it takes, the codes and
// modifiers named are in the release, and the value suits the operator.
import { error, pointer, type AuthoringProblem } from "./authoring-problem.ts";
import type { ReleaseReferences } from "./check-tables.ts";
import { checkParams } from "./check-params.ts";
import { paramReferenceKind, valueReferenceKind, type ReferenceKind } from "../../rules/code-references.ts";
import { unknownReferences } from "../../releases/table-checks.ts";
import { isCalendarDate, isRecord } from "./release-files.ts";
import { closestName, type FactShape, type RuleVocabulary } from "./rule-vocabulary.ts";

export interface RuleScope {
  /** The rule file, as reports name it. */
  file: string;
  stage: "coding" | "billing";
  vocabulary: RuleVocabulary;
  references: ReleaseReferences;
}

/** Checks `{ fact, params }` found at `at`; answers the fact's definition when it is known. */
export function checkFactUse(
  use: Record<string, unknown>,
  at: string,
  scope: RuleScope,
): { problems: AuthoringProblem[]; fact?: FactShape } {
  const name = use.fact;
  if (typeof name !== "string") return { problems: [] };
  const fact = scope.vocabulary.facts[name];
  if (!fact) {
    const hint = closestName(name, Object.keys(scope.vocabulary.facts));
    return {
      problems: [
        error(
          scope.file,
          `${at}/fact`,
          `unknown fact "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}; rules/README.md lists the facts`,
        ),
      ],
    };
  }
  const problems: AuthoringProblem[] = [];
  if (fact.stage === "billing" && scope.stage === "coding") {
    problems.push(
      error(
        scope.file,
        `${at}/fact`,
        `fact "${name}" is a billing-stage fact (it reads the computed units): the rule needs "stage": "billing"`,
      ),
    );
  }
  if (isRecord(use.params)) {
    const checked = checkParams(name, fact.params, use.params, `${at}/params`, scope.file);
    problems.push(...checked.problems);
    // Only a param of the right shape is looked into: a wrong type is one problem, not several.
    for (const param of checked.sound) {
      const where = `${at}/params${pointer(param)}`;
      const value = use.params[param];
      const kind = paramReferenceKind(name, param);
      if (kind) problems.push(...checkReferences(value, where, kind, scope));
      problems.push(...checkDates(value, where, scope.file));
    }
  }
  return { problems, fact };
}

export function checkCondition(condition: Record<string, unknown>, at: string, scope: RuleScope): AuthoringProblem[] {
  const { problems } = checkFactUse(condition, at, scope);
  const operator = condition.operator;
  const value = condition.value;
  if (typeof operator === "string" && !scope.vocabulary.isKnownOperator(operator)) {
    const hint = closestName(operator, scope.vocabulary.operators);
    problems.push(
      error(
        scope.file,
        `${at}/operator`,
        `unknown operator "${operator}"${hint ? ` (did you mean "${hint}"?)` : ""}; rules/README.md lists the operators`,
      ),
    );
  }
  const valueProblem = typeof operator === "string" ? valueMismatch(operator, value) : undefined;
  if (valueProblem) problems.push(error(scope.file, `${at}/value`, valueProblem));
  const kind = typeof condition.fact === "string" ? valueReferenceKind(condition.fact) : undefined;
  if (kind) problems.push(...checkReferences(value, `${at}/value`, kind, scope));
  // A value already refused for its operator is not reported twice.
  if (!valueProblem) problems.push(...checkDates(value, `${at}/value`, scope.file));
  return problems;
}

/** What is wrong with a value for its operator, if anything. */
function valueMismatch(operator: string, value: unknown): string | undefined {
  switch (operator) {
    case "matchesPattern":
      if (typeof value !== "string") return "matchesPattern needs a regular expression as text";
      try {
        new RegExp(value);
        return undefined;
      } catch (reason) {
        return `invalid regular expression: ${(reason as Error).message}`;
      }
    case "onOrAfter":
    case "onOrBefore":
      return isCalendarDate(value)
        ? undefined
        : `${operator} needs a date written YYYY-MM-DD (a real calendar date), not ${JSON.stringify(value)}`;
    case "hasItems":
      return typeof value === "boolean" ? undefined : "hasItems needs true (the list has items) or false (it is empty)";
    case "containsAny":
    case "containsAll":
    case "in":
    case "notIn":
      return Array.isArray(value) ? undefined : `${operator} needs a list as its value`;
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive":
      return typeof value === "number" ? undefined : `${operator} needs a number as its value`;
    default:
      return undefined;
  }
}

function checkReferences(value: unknown, at: string, kind: ReferenceKind, scope: RuleScope): AuthoringProblem[] {
  return unknownReferences(value, at, kind, scope.references).map((problem) =>
    error(scope.file, problem.pointer, problem.message),
  );
}

/** Text shaped like a date (2026-13-01, 2026-02-30) that is not a real one. */
export function checkDates(value: unknown, at: string, file: string): AuthoringProblem[] {
  if (typeof value === "string") {
    return /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) && !isCalendarDate(value)
      ? [error(file, at, `malformed date "${value}": write YYYY-MM-DD, a real calendar date`)]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => checkDates(item, `${at}/${index}`, file));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => checkDates(item, `${at}${pointer(key)}`, file));
  return [];
}
