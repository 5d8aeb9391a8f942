// Two clinics of one billing company, each with its own API key (and webhook secret): a patient
// reference means a patient of the clinic whose key sent it, so no clinic's visits count for,
// or can be read, voided or claimed by, another.
import { describe, expect, it } from "vitest";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import { callApp, type TestConfiguration } from "../helpers/call-app.ts";
import { timed } from "../helpers/encounters.ts";
import {
  ledgerConfiguration,
  ledgerRows,
  newPatientRef,
  patientVisit,
  ruleIds,
  validate,
} from "../helpers/patient-visits.ts";
import { completedEvent, currentSecret, signedDelivery } from "../helpers/signed-deliveries.ts";

const twoClinics: TestConfiguration = {
  ...ledgerConfiguration,
  apiKeys: "clinic-a:key-a,clinic-b:key-b",
  webhookSecret: `clinic-b:${currentSecret}`,
};
const asClinic = (clinic: "a" | "b"): RequestInit => ({
  headers: { authorization: `Bearer key-${clinic}`, "content-type": "application/json" },
});

function validatedBy(clinic: "a" | "b", encounter: Encounter): Promise<any> {
  return callApp(
    "/v1/encounters/validate",
    { ...asClinic(clinic), method: "POST", body: JSON.stringify(encounter) },
    twoClinics,
  ).then((response) => response.json());
}

describe("the visit ledger under tenants", () => {
  it("records a visit under the tenant of the key that sent it", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    await validatedBy("a", visit);
    expect(await ledgerRows(visit.encounterId)).toEqual([expect.objectContaining({ tenant: "clinic-a" })]);
  });

  it("does not pair a visit with another clinic's visit of the same patient reference, NPI and day", async () => {
    const patient = newPatientRef();
    await validatedBy("a", patientVisit(patient, "2026-12-29", [timed("97124", 30)]));

    const otherClinic = await validatedBy("b", patientVisit(patient, "2026-12-29", [timed("97140", 30)]));
    const sameClinic = await validatedBy("a", patientVisit(patient, "2026-12-29", [timed("97140", 30)]));

    expect(otherClinic.status).toBe("pass");
    expect(ruleIds(sameClinic)).toEqual(["same-day.ptp.never-together"]);
  });

  it("answers another clinic's patient summary 404, as if the patient had no visits", async () => {
    const patient = newPatientRef();
    await validatedBy("a", patientVisit(patient, "2026-12-01", [timed("97110", 45, { allowedAmount: 90 })]));

    const summary = (clinic: "a" | "b") =>
      callApp(`/v1/patients/${patient}/summary?year=2026`, asClinic(clinic), twoClinics);

    expect((await summary("a")).status).toBe(200);
    expect((await summary("b")).status).toBe(404);
  });

  it("refuses to void another clinic's visit, which keeps counting for its own clinic", async () => {
    const patient = newPatientRef();
    const first = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    await validatedBy("a", first);

    const voided = await callApp(
      `/v1/encounters/${first.encounterId}`,
      { ...asClinic("b"), method: "DELETE" },
      twoClinics,
    );
    const later = await validatedBy("a", patientVisit(patient, "2026-12-29", [timed("97140", 30)]));

    expect(voided.status).toBe(404);
    expect(ruleIds(later)).toEqual(["same-day.ptp.never-together"]);
  });

  it("lets two clinics use the same encounterId for their own patients without a conflict", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    await validatedBy("a", visit);

    const response = await callApp(
      "/v1/encounters/validate",
      { ...asClinic("b"), method: "POST", body: JSON.stringify({ ...visit, patient: { ref: newPatientRef() } }) },
      twoClinics,
    );

    expect(response.status).toBe(200);
    expect((await ledgerRows(visit.encounterId)).map((row) => row.tenant).sort()).toEqual(["clinic-a", "clinic-b"]);
  });

  it("records a webhook's visit under the tenant its secret names", async () => {
    const patient = newPatientRef();
    const delivered = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    expect(
      (await callApp("/v1/webhooks/encounters", signedDelivery(completedEvent(delivered)), twoClinics)).status,
    ).toBe(200);

    const clinicA = await validatedBy("a", patientVisit(patient, "2026-12-29", [timed("97140", 30)]));
    const clinicB = await validatedBy("b", patientVisit(patient, "2026-12-29", [timed("97140", 30)]));

    expect(await ledgerRows(delivered.encounterId)).toEqual([expect.objectContaining({ tenant: "clinic-b" })]);
    expect(clinicA.status).toBe("pass");
    expect(ruleIds(clinicB)).toEqual(["same-day.ptp.never-together"]);
  });

  it("keeps the keyless deployment's visits under tenant default", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    expect((await validate(visit)).status).toBe(200);
    expect(await ledgerRows(visit.encounterId)).toEqual([expect.objectContaining({ tenant: "default" })]);
  });
});
