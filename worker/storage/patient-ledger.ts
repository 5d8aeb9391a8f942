// The visit ledger the routes hand to validateEncounter: D1 under the request's tenant, the
// patient's reference turned into its HMAC first. A missing PATIENT_REF_KEY, an encounterId of
// another patient and an unreachable D1 each answer their own problem, never a guess.
import type { Env } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { ledgerVisitOf } from "../ledger/ledger-visit.ts";
import { patientKey, requirePatientRefKey } from "../ledger/patient-key.ts";
import type { PatientEncounter, VisitLedger } from "../validation/validate-encounter.ts";
import { loadPatientVisits, recordPatientVisit } from "./patient-visits.ts";

export function d1VisitLedger(env: Pick<Env, "DB" | "PATIENT_REF_KEY">, tenant: string): VisitLedger {
  const keyOf = async (encounter: PatientEncounter) =>
    patientKey(encounter.patient.ref, requirePatientRefKey(env.PATIENT_REF_KEY));
  return {
    async visitsOf(encounter) {
      const key = await keyOf(encounter);
      const { visits, encounterOwner } = await ledgerCall(() =>
        loadPatientVisits(env.DB, tenant, key, encounter.encounterId, encounter.dateOfService),
      );
      if (encounterOwner !== undefined && encounterOwner !== key) throw anotherPatients(encounter.encounterId);
      return visits;
    },
    async record(encounter, result) {
      const key = await keyOf(encounter);
      const recorded = await ledgerCall(() =>
        recordPatientVisit(env.DB, tenant, key, ledgerVisitOf(encounter, result), new Date().toISOString()),
      );
      // Another request recorded the encounterId for another patient in between.
      if (!recorded) throw anotherPatients(encounter.encounterId);
    },
  };
}

function anotherPatients(encounterId: string): ProblemError {
  return new ProblemError(
    "encounter-of-another-patient",
    `Encounter ${encounterId} is recorded for another patient. Send this visit under a new encounterId, or void the other with DELETE /v1/encounters/${encounterId} if it was entered in error.`,
  );
}

/** D1 failures become a 503 the caller can retry: without the ledger the answer would be wrong. */
export async function ledgerCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // D1's messages name the table and constraint, never the bound values.
    const { name } = error instanceof Error ? error : { name: "Error" };
    console.warn(JSON.stringify({ level: "warn", event: "ledger-unavailable", error: name }));
    throw new ProblemError(
      "service-unavailable",
      "The patient's visit ledger could not be reached, so the rules that need earlier visits cannot run; nothing was recorded. Retry shortly.",
      {
        headers: { "retry-after": "5" },
      },
    );
  }
}
