// Everything one evaluation of one encounter needs, handed to every fact. Facts are pure
// functions of this context and their params; the context memoizes what several facts share.
import type { Encounter } from "../generated/types/encounter.ts";
import type { Finding } from "../generated/types/validation-result.ts";
import { computeBilling, type BillingComputation, type UnitMethod } from "../units/compute-billing.ts";
import type { CatalogCode, PayerProfile } from "./bundled-release.ts";
import type { CompiledTables } from "./compiled-tables.ts";

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
