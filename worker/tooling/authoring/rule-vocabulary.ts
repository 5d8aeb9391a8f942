// The facts and operators a rule may name: the worker's registries, passed to the checks so
// tests can hand in their own.
import { factRegistry } from "../../rules/facts/index.ts";
import type { FactDefinition } from "../../rules/facts/fact-definition.ts";
import { builtInOperators, customOperators, isKnownOperator } from "../../rules/operators.ts";

export type FactShape = Pick<FactDefinition, "stage" | "params" | "itemFields">;

export interface RuleVocabulary {
  facts: Readonly<Record<string, FactShape>>;
  operators: readonly string[];
  isKnownOperator(name: string): boolean;
}

export const shippedVocabulary: RuleVocabulary = {
  facts: factRegistry,
  operators: [...builtInOperators, ...Object.keys(customOperators)],
  isKnownOperator,
};

/** The closest known name, for "did you mean" hints on typos. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || distance < best.distance))
      best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
