// Which rules an encounter could fire, from what their forEach facts say they can match
// (FactDefinition.canMatch): a rule whose list needs a code, modifier, payer or discipline the
// encounter lacks is skipped before any of its facts is computed. Each requirement gets a number,
// and each key the requirements it meets, once per release; an encounter then costs one lookup per
// code, modifier, payer and discipline. Computing a list only to find it empty was about half of
// an encounter's time (BENCHMARKS.md). The precheck and json-rules-engine judge the rules left.
import type { Encounter } from "../generated/types/encounter.ts";
import type { Rule } from "../generated/types/rules/rule-file.ts";
import type { CompiledTables } from "./compiled-tables.ts";
import type { FactParams, MatchKeys } from "./facts/fact-definition.ts";
import { factRegistry } from "./facts/index.ts";

/** Which requirements an encounter meets, by requirement number. */
export type MetRequirements = Uint8Array;

export class MatchIndex {
  private readonly requirementsByKey: Record<keyof MatchKeys, Map<string, number[]>> = {
    codes: new Map(),
    modifiers: new Map(),
    payers: new Map(),
    disciplines: new Map(),
  };
  private requirementCount = 0;
  /** metBy's answer, reused: an evaluation reads it before anything awaits, so evaluations never share it. */
  private met = new Uint8Array(0);

  constructor(private readonly tables: CompiledTables) {}

  /** The numbers of the requirements the rule's forEach fact declares; undefined when it declares none. */
  requirementsOf(rule: Rule): number[] | undefined {
    if (!rule.forEach) return undefined;
    const keys = declaredKeys(rule.forEach.fact, rule.forEach.params ?? {}, this.tables);
    if (!keys) return undefined;
    const requirements: number[] = [];
    for (const kind of Object.keys(this.requirementsByKey) as (keyof MatchKeys)[]) {
      const values = keys[kind];
      if (values === undefined) continue;
      const requirement = this.requirementCount++;
      requirements.push(requirement);
      for (const value of new Set(values)) {
        const met = this.requirementsByKey[kind].get(value);
        if (met) met.push(requirement);
        else this.requirementsByKey[kind].set(value, [requirement]);
      }
    }
    return requirements.length > 0 ? requirements : undefined;
  }

  /** Which requirements the encounter meets: valid until the next call, so read it before awaiting. */
  metBy(encounter: Encounter): MetRequirements {
    if (this.met.length !== this.requirementCount) this.met = new Uint8Array(this.requirementCount);
    const met = this.met.fill(0);
    const { codes, modifiers, payers, disciplines } = this.requirementsByKey;
    for (const service of encounter.services) {
      mark(met, codes.get(service.code));
      if (service.modifiers) for (const modifier of service.modifiers) mark(met, modifiers.get(modifier));
    }
    mark(met, payers.get(encounter.payer.type));
    mark(met, disciplines.get(encounter.provider.discipline));
    return met;
  }
}

/** What the fact declares for these params; nothing when it declares nothing or cannot read them (rules:check reports bad params). */
function declaredKeys(fact: string, params: FactParams, tables: CompiledTables): MatchKeys | undefined {
  try {
    return factRegistry[fact]?.canMatch?.(params, tables);
  } catch {
    return undefined;
  }
}

function mark(met: MetRequirements, requirements: readonly number[] | undefined): void {
  if (requirements) for (const requirement of requirements) met[requirement] = 1;
}

export function meetsAll(met: MetRequirements, requirements: readonly number[]): boolean {
  for (const requirement of requirements) if (met[requirement] === 0) return false;
  return true;
}
