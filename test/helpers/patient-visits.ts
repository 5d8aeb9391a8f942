// Calls the worker as a patient's visits arrive: a test key for the visit ledger, a patient of
// the test's own (no two tests share visits), and encounters with a patient and a plan of care.
import { env } from "cloudflare:workers";
import type { Encounter, Service } from "../../worker/generated/types/encounter.ts";
import { callApp, type TestConfiguration } from "./call-app.ts";
import { encounterWith } from "./encounters.ts";

export const testPatientRefKey = "test-patient-ref-key-of-32-characters-or-more";

export const ledgerConfiguration: TestConfiguration = { patientRefKey: testPatientRefKey };

export function newPatientRef(): string {
  return `pt-${crypto.randomUUID()}`;
}

/** A Medicare PT visit of the patient, under a plan of care certified for 90 days from 2026-11-27. */
export function patientVisit(
  patientRef: string,
  dateOfService: string,
  services: Service[],
  overrides: Partial<Encounter> = {},
): Encounter {
  return encounterWith(services, {
    encounterId: `enc-${crypto.randomUUID()}`,
    patient: { ref: patientRef },
    dateOfService,
    planOfCare: { certifiedFrom: "2026-11-27", certifiedThrough: "2027-02-24" },
    ...overrides,
  });
}

export function validate(
  encounter: unknown,
  configuration: TestConfiguration = ledgerConfiguration,
  query = "",
): Promise<Response> {
  return callApp(
    `/v1/encounters/validate${query}`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(encounter) },
    configuration,
  );
}

export async function validated(
  encounter: unknown,
  configuration: TestConfiguration = ledgerConfiguration,
  query = "",
): Promise<any> {
  const response = await validate(encounter, configuration, query);
  if (response.status !== 200) throw new Error(`validation answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export function ruleIds(result: { findings: { ruleId: string }[] }): string[] {
  return result.findings.map((finding) => finding.ruleId);
}

export async function ledgerRows(encounterId: string): Promise<Record<string, unknown>[]> {
  const { results } = await env.DB.prepare("SELECT * FROM patient_visits WHERE encounter_id = ?")
    .bind(encounterId)
    .all();
  return results;
}

/** `count` days from 2026-12-01 on (the first date release 2026.4.1 answers), one a day. */
export function treatmentDays(count: number, first = "2026-12-01"): string[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(`${first}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return day.toISOString().slice(0, 10);
  });
}
