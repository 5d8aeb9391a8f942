// Tells, before json-rules-engine runs a rule, whether the rule's conditions certainly fail on
// this encounter: the same conditions, read with json-rules-engine's own operators (the engine's
// operator map) over the same memoized fact values and the same path resolution. It only ever
// skips a rule: whatever it cannot rule out — a condition it cannot read, an operator it cannot
// find, a fact that throws — goes to json-rules-engine, which alone decides that a rule fires.
// Without it every encounter would pay tens of microseconds per rule whose `when` is false (the
// who-may-bill rules concern two disciplines but are asked about every claim).
import { type LeafCondition, readCondition } from "./condition-tree.ts";
import { resolvePathSegments } from "./dotted-path.ts";
import type { EvaluationContext } from "./evaluation-context.ts";
import { factSlot, factValue } from "./fact-value.ts";
import type { FactParams } from "./facts/fact-definition.ts";

/** json-rules-engine's operator map (Engine#operators): the operators its conditions use, decorators included. */
export interface EngineOperators {
  get(name: string): EngineOperator | null;
}

interface EngineOperator {
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

/** false: the conditions certainly fail; true: they certainly hold; undefined: only the engine can tell. */
export type Verdict = boolean | undefined;

/** A rule's conditions read once, when the release compiles: operators found, fact slots and paths ready. */
export type Precheck = (context: EvaluationContext) => Verdict;

export function compilePrecheck(condition: unknown, operators: EngineOperators): Precheck {
  const node = readCondition(condition);
  if (node.kind === "unreadable") return unknown;
  if (node.kind === "leaf") return leaf(node.condition, operators);
  if (node.kind === "not") {
    const inner = compilePrecheck(node.child, operators);
    return (context) => {
      const verdict = inner(context);
      return verdict === undefined ? undefined : !verdict;
    };
  }
  // A group of one is its condition: all and any agree on a single member.
  if (node.children.length === 1) return compilePrecheck(node.children[0], operators);
  const children = node.children.map((child) => compilePrecheck(child, operators));
  return node.kind === "all" ? allOf(children) : anyOf(children);
}

const unknown: Precheck = () => undefined;

function allOf(children: readonly Precheck[]): Precheck {
  return (context) => {
    let certain = true;
    for (const child of children) {
      const verdict = child(context);
      if (verdict === false) return false;
      if (verdict === undefined) certain = false;
    }
    return certain ? true : undefined;
  };
}

function anyOf(children: readonly Precheck[]): Precheck {
  return (context) => {
    let certain = true;
    for (const child of children) {
      const verdict = child(context);
      if (verdict === true) return true;
      if (verdict === undefined) certain = false;
    }
    return certain ? false : undefined;
  };
}

function leaf(condition: LeafCondition, operators: EngineOperators): Precheck {
  const { fact, path, operator, value } = condition;
  const params = (condition.params ?? {}) as FactParams;
  if (typeof fact !== "string" || typeof operator !== "string") return unknown;
  if (path !== undefined && typeof path !== "string") return unknown;
  // A value of the form { fact: … } is a fact reference to json-rules-engine: leave it to the engine.
  if (value !== null && typeof value === "object" && Object.hasOwn(value, "fact")) return unknown;
  const evaluator = operators.get(operator);
  if (!evaluator) return unknown;
  const slot = factSlot(fact, params);
  const segments = path ? path.split(".") : undefined;
  return (context) => {
    try {
      let left = factValue(context, fact, params, slot);
      // As json-rules-engine's almanac does (with resolveDottedPath): a path reads into objects only.
      if (segments && left !== null && typeof left === "object") left = resolvePathSegments(left, segments);
      return evaluator.evaluate(left, value);
    } catch {
      return undefined;
    }
  };
}
