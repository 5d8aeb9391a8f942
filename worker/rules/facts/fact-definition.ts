// What a fact is: a named pure function of the evaluation context and the params a
// rule passes. Rule files refer to facts by name only; the registry (index.ts) lists them all.
import type { CompiledTables } from "../compiled-tables.ts";
import type { EvaluationContext } from "../evaluation-context.ts";
import type { ParamsSchema } from "./param-schema.ts";

export type FactParams = Record<string, unknown>;

/** One item of a list fact: what a finding is about. */
export interface FindingItem {
  services?: number[];
  codes?: string[];
  /** Services a rule with `omitFromBilling` takes off the claim; defaults to `services`. */
  omitServices?: number[];
  /** Services whose billing depends on the finding's fix (a pair edit's column-2 line); defaults to `services`. */
  fixServices?: number[];
  /** The item's own source (a table row's), reported instead of the rule's. */
  source?: string;
  [field: string]: unknown;
}

/**
 * What an encounter must hold for a list fact to have any item. Every kind given must be there:
 * at least one of its values (an empty list: the fact never has items on this release).
 */
export interface MatchKeys {
  /** A service with one of these codes. */
  codes?: readonly string[];
  /** A line carrying one of these modifiers. */
  modifiers?: readonly string[];
  /** The payer type is one of these. */
  payers?: readonly string[];
  /** The rendering provider's discipline is one of these. */
  disciplines?: readonly string[];
}

export interface FactDefinition {
  description: string;
  /** `billing` facts read the computed units, so only `billing`-stage rules may use them. */
  stage: "coding" | "billing";
  /** The JSON Schema of the params the fact accepts, each with what it means and an example. */
  params?: ParamsSchema;
  /** For list facts: the fields of each item, usable as `{field}` in messages. */
  itemFields?: string[];
  /** A condition or forEach that uses the fact, for the rule authors' guide. */
  example: { params?: FactParams; path?: string; operator?: string; value?: unknown };
  compute(context: EvaluationContext, params: FactParams): unknown;
  /**
   * For list facts: the keys an encounter needs for the list to have items, with these params on
   * this release (read once per release, match-index.ts). A rule whose forEach list cannot have
   * items is skipped without computing it. Left out, the fact is always computed: say only what
   * compute certainly requires (test/rules/facts/can-match.test.ts checks every declaration).
   */
  canMatch?(params: FactParams, tables: CompiledTables): MatchKeys;
}

// A rule's params are the same objects on every evaluation: convert each list once (a measured hot spot).
const listsByParam = new WeakMap<readonly unknown[], readonly string[]>();

export function listParam(params: FactParams, name: string): readonly string[] | undefined {
  const value = params[name];
  if (!Array.isArray(value)) return undefined;
  let list = listsByParam.get(value);
  if (!list) {
    list = value.map(String);
    listsByParam.set(value, list);
  }
  return list;
}
