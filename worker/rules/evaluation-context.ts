// Everything one evaluation of one encounter needs, handed to every fact. Facts are pure
// functions of this context and their params; the context memoizes what several facts share.
import type { Encounter } from "../generated/types/encounter.ts";
import type { Finding } from "../generated/types/validation-result.ts";
import type { LedgerVisit } from "../ledger/ledger-visit.ts";
import { computeBilling, type BillingComputation, type UnitMethod } from "../units/compute-billing.ts";
import type { CatalogCode, PayerProfile } from "./bundled-release.ts";
import type { CompiledTables } from "./compiled-tables.ts";

export interface EvaluationContext {
  encounter: Encounter;
  tables: CompiledTables;
  /**
   * The patient's earlier visits (see ledger/patient-history.ts), loaded before the rules run;
   * undefined when the encounter names no patient, so history facts answer nothing at no cost.
   */
  history: readonly LedgerVisit[] | undefined;
  profile: PayerProfile;
  unitMethod: UnitMethod;
  /** Services coding rules took off the claim in earlier rounds (see evaluate-encounter.ts): billing leaves them out. */
  leftOff: ReadonlySet<number>;
  /** Services coding rules take off the claim in this round, each with the finding that says why. */
  omissions: { finding: Finding; services: number[] }[];
  findings: Finding[];
  catalogEntry(code: string): CatalogCode | undefined;
  /** Units and lines without the services left off, computed on first use. */
  billing(): BillingComputation;
  /** Whether the service is on the claim as sent: on a line that bills at least one unit. */
  onClaim(service: number): boolean;
  /** Whether the service would still bill at least one unit were `takenOff` also taken off the claim. */
  billsWithout(service: number, takenOff: number): boolean;
  /** Fact values by their slot (see factSlot), computed once per evaluation (see factValue). */
  factValues: unknown[];
  /** Values several facts derive from the evaluation, by the function deriving them (see perEvaluation). */
  derived: Map<(context: EvaluationContext) => unknown, unknown> | undefined;
}

export function createEvaluationContext(
  encounter: Encounter,
  tables: CompiledTables,
  leftOff: ReadonlySet<number> = new Set(),
  history?: readonly LedgerVisit[],
): EvaluationContext {
  return new Evaluation(encounter, tables, leftOff, history);
}

// A class rather than an object of closures: one is made per encounter, and its methods are shared.
class Evaluation implements EvaluationContext {
  readonly profile: PayerProfile;
  readonly unitMethod: UnitMethod;
  readonly omissions: { finding: Finding; services: number[] }[] = [];
  readonly findings: Finding[] = [];
  readonly factValues: unknown[] = [];
  derived: Map<(context: EvaluationContext) => unknown, unknown> | undefined = undefined;
  private computedBilling: BillingComputation | undefined = undefined;

  constructor(
    readonly encounter: Encounter,
    readonly tables: CompiledTables,
    readonly leftOff: ReadonlySet<number>,
    readonly history: readonly LedgerVisit[] | undefined,
  ) {
    this.profile = tables.payerProfiles.profiles[encounter.payer.type];
    this.unitMethod = encounter.payer.unitMethod ?? this.profile.unitMethod;
  }

  catalogEntry(code: string): CatalogCode | undefined {
    return this.tables.catalogByCode.get(code);
  }

  billing(): BillingComputation {
    this.computedBilling ??= computeBilling({
      services: this.encounter.services,
      unitMethod: this.unitMethod,
      catalog: this.tables.catalogByCode,
      timeUnits: this.tables.timeUnits,
      omittedServices: this.leftOff,
    });
    return this.computedBilling;
  }

  onClaim(service: number): boolean {
    return this.billing().billedServices.has(service);
  }

  billsWithout(service: number, takenOff: number): boolean {
    return computeBilling({
      services: this.encounter.services,
      unitMethod: this.unitMethod,
      catalog: this.tables.catalogByCode,
      timeUnits: this.tables.timeUnits,
      omittedServices: new Set([...this.leftOff, takenOff]),
    }).billedServices.has(service);
  }
}

/**
 * `derive(context)`, computed once per evaluation: for what several facts read (the pair edits
 * between the lines, the MUE excesses). Keyed by the function, so derive must be pure.
 */
export function perEvaluation<T>(context: EvaluationContext, derive: (context: EvaluationContext) => T): T {
  context.derived ??= new Map();
  if (context.derived.has(derive)) return context.derived.get(derive) as T;
  const value = derive(context);
  context.derived.set(derive, value);
  return value;
}
