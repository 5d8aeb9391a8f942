// A registered fact's value for one evaluation, computed once. Apart from evaluation-context.ts
// because it reads the fact registry, whose facts read the context: one direction, no cycle.
import type { EvaluationContext } from "./evaluation-context.ts";
import type { FactParams } from "./facts/fact-definition.ts";
import { factRegistry } from "./facts/index.ts";

/**
 * A registered fact's value for this evaluation, computed on first use. Facts are pure, and the
 * billing facts are first asked for after the coding stage, so one value serves every rule.
 * `slot` is factSlot(name, params), found once by callers that ask often.
 */
export function factValue(
  context: EvaluationContext,
  name: string,
  params: FactParams,
  slot = factSlot(name, params),
): unknown {
  const cached = context.factValues[slot];
  if (cached !== undefined) return cached;
  const fact = factRegistry[name];
  if (!fact) throw new Error(`no fact named ${name} is registered`);
  const value = fact.compute(context, params);
  context.factValues[slot] = value;
  return value;
}

// Every fact-and-params pair any rule asks for gets a small number, once per isolate: the
// evaluation's values then sit in an array instead of a map keyed by long strings.
const slotsByKey = new Map<string, number>();

export function factSlot(name: string, params: FactParams): number {
  let key = name;
  for (const _param in params) {
    key = `${name}${JSON.stringify(params)}`;
    break;
  }
  let slot = slotsByKey.get(key);
  if (slot === undefined) {
    slot = slotsByKey.size;
    slotsByKey.set(key, slot);
  }
  return slot;
}
