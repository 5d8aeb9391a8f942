// Everything one evaluation of one encounter needs, handed to every fact. Facts are pure
// functions of this context and their params; the context memoizes what several facts share.
import type { Encounter } from "../generated/types/encounter.ts";
import type { Finding } from "../generated/types/validation-result.ts";
import { computeBilling, type BillingComputation, type UnitMethod } from "../units/compute-billing.ts";
import type { CatalogCode, PayerProfile } from "./bundled-release.ts";
import type { CompiledTables } from "./compiled-tables.ts";
import type { FactParams } from "./facts/fact-definition.ts";
import { factRegistry } from "./facts/index.ts";

export interface EvaluationContext {
  encounter: Encounter;
  tables: CompiledTables;
  profile: PayerProfile;
  unitMethod: UnitMethod;
  /** Services taken off the claim by coding rules; read once billing is computed. */
  omittedServices: Set<number>;
  findings: Finding[];
  catalogEntry(code: string): CatalogCode | undefined;
  /** Units and lines, computed on first use, after every coding rule has run. */
  billing(): BillingComputation;
  /** Fact values by name and params, computed once per evaluation (see factValue). */
  factCache: Map<string, unknown>;
}

export function createEvaluationContext(encounter: Encounter, tables: CompiledTables): EvaluationContext {
  const profile = tables.payerProfiles.profiles[encounter.payer.type];
  const unitMethod = encounter.payer.unitMethod ?? profile.unitMethod;
  let billing: BillingComputation | undefined;
  const context: EvaluationContext = {
    encounter,
    tables,
    profile,
    unitMethod,
    omittedServices: new Set(),
    findings: [],
    factCache: new Map(),
    catalogEntry: (code) => tables.catalogByCode.get(code),
    billing() {
      billing ??= computeBilling({
        services: encounter.services,
        unitMethod,
        catalog: tables.catalogByCode,
        timeUnits: tables.timeUnits,
        omittedServices: context.omittedServices,
      });
      return billing;
    },
  };
  return context;
}

/**
 * A registered fact's value for this evaluation, computed on first use. Facts are pure, and the
 * billing facts are first asked for after the coding stage, so one value serves every rule.
 * `key` is factCacheKey(name, params), made once by callers that ask often.
 */
export function factValue(context: EvaluationContext, name: string, params: FactParams, key = factCacheKey(name, params)): unknown {
  const cache = context.factCache;
  const cached = cache.get(key);
  if (cached !== undefined || cache.has(key)) return cached;
  const fact = factRegistry[name];
  if (!fact) throw new Error(`no fact named ${name} is registered`);
  const value = fact.compute(context, params);
  cache.set(key, value);
  return value;
}

export function factCacheKey(name: string, params: FactParams): string {
  for (const _key in params) return `${name}${JSON.stringify(params)}`;
  return name;
}
