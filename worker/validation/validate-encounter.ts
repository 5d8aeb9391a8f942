// A request body to a validation result: the schema gate, the release for the date of
// service (or the pinned one), then the rules. Shared by the validate, batch and webhook routes.
// An encounter naming a patient is judged with the patient's earlier visits, read from the
// visit ledger before the rules run, and is recorded there once answered.
import { ProblemError } from "../errors/problem-error.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { LedgerVisit } from "../ledger/ledger-visit.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { validateEncounterSchema } from "../generated/validators.js";
import { evaluateEncounter } from "./evaluate-encounter.ts";
import { describeErrorCount, toSchemaErrors } from "./schema-errors.ts";

/** The schema gate: a body either becomes an Encounter or a 422 listing every violation. */
export function parseEncounter(body: unknown): Encounter {
  if (validateEncounterSchema(body)) return body as Encounter;
  const list = toSchemaErrors(validateEncounterSchema.errors ?? []);
  throw new ProblemError(
    "schema-violation",
    `The encounter has ${describeErrorCount(list)}; each names the JSON pointer of the value to fix.`,
    list,
  );
}

export type PatientEncounter = Encounter & { patient: NonNullable<Encounter["patient"]> };

/** Where a patient's visits are kept (storage/patient-ledger.ts); both calls throw ProblemErrors. */
export interface VisitLedger {
  /** The patient's recorded visits; refuses an encounterId recorded for another patient. */
  visitsOf(encounter: PatientEncounter): Promise<LedgerVisit[]>;
  /** Records the answered encounter, replacing its earlier entry. */
  record(encounter: PatientEncounter, result: ValidationResult): Promise<void>;
}

export async function validateEncounter(
  body: unknown,
  registry: RulesetRegistry,
  pinnedVersion?: string,
  ledger?: VisitLedger,
): Promise<ValidationResult> {
  const encounter = parseEncounter(body);
  const ruleset = registry.select(encounter.dateOfService, pinnedVersion);
  if (!encounter.patient || !ledger) return evaluateEncounter(encounter, ruleset);
  const patientEncounter = encounter as PatientEncounter;
  const history = await ledger.visitsOf(patientEncounter);
  const result = await evaluateEncounter(encounter, ruleset, history);
  await ledger.record(patientEncounter, result);
  return result;
}
