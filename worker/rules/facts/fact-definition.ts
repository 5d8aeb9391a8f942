// What a fact is: a named pure function of the evaluation context and the params a
// rule passes. Rule files refer to facts by name only; the registry (index.ts) lists them all.
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
