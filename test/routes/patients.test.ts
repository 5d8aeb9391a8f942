import { describe, expect, it } from "vitest";
import { callApp, type TestConfiguration } from "../helpers/call-app.ts";
import { timed } from "../helpers/encounters.ts";
import {
  ledgerConfiguration,
  ledgerRows,
  newPatientRef,
  patientVisit,
  ruleIds,
  treatmentDays,
  validated,
} from "../helpers/patient-visits.ts";
import { completedEvent, currentSecret, signedDelivery } from "../helpers/signed-deliveries.ts";

const withKey: TestConfiguration = { ...ledgerConfiguration, apiKeys: "summary-test-key" };
const authorized = { headers: { authorization: "Bearer summary-test-key" } };

function summary(
  patientRef: string,
  query = "?year=2026",
  configuration: TestConfiguration = withKey,
  init: RequestInit = authorized,
) {
  return callApp(`/v1/patients/${patientRef}/summary${query}`, init, configuration);
}

describe("GET /v1/patients/{ref}/summary", () => {
  it("answers the year's allowed amounts against the KX threshold, the progress-report count and the plan of care", async () => {
    const patient = newPatientRef();
    const days = treatmentDays(6, "2026-12-01");
    for (const [index, day] of days.entries()) {
      await validated(
        patientVisit(
          patient,
          day,
          [timed("97110", 45, { allowedAmount: 100.1 })],
          index === 1 ? { progressReport: true } : {},
        ),
      );
    }

    const response = await summary(patient);
    const body = await response.json<any>();

    expect(response.status).toBe(200);
    expect(body.year).toBe(2026);
    expect(body.visitCount).toBe(6);
    expect(body.thresholds[0]).toMatchObject({
      disciplines: ["PT", "SLP"],
      allowedAmountToDate: 600.6,
      kxThreshold: 2480,
      remainingBeforeKx: 1879.4,
      kxRequired: false,
      targetedReviewThreshold: 3000,
    });
    expect(body.thresholds[1]).toMatchObject({ disciplines: ["OT"], allowedAmountToDate: 0, remainingBeforeKx: 2480 });
    expect(body.disciplines).toEqual([
      {
        discipline: "PT",
        allowedAmountToDate: 600.6,
        lastVisitOn: days[5],
        progressReport: {
          countingFrom: days[0],
          lastReportOn: days[1],
          treatmentDaysSinceReport: 4,
          dueByTreatmentDay: 10,
          treatmentDaysLeft: 6,
          overdue: false,
        },
        planOfCare: { certifiedFrom: "2026-11-27", certifiedThrough: "2027-02-24" },
      },
    ]);
  });

  it("leaves voided visits out", async () => {
    const patient = newPatientRef();
    const kept = patientVisit(patient, "2026-12-01", [timed("97110", 45, { allowedAmount: 90 })]);
    const cancelled = patientVisit(patient, "2026-12-02", [timed("97110", 45, { allowedAmount: 90 })]);
    await validated(kept);
    await validated(cancelled);
    await callApp(`/v1/encounters/${cancelled.encounterId}`, { method: "DELETE", ...authorized });

    const body = await (await summary(patient)).json<any>();
    expect(body.visitCount).toBe(1);
    expect(body.thresholds[0].allowedAmountToDate).toBe(90);
  });

  it("needs an API key, and refuses while the deployment has none", async () => {
    const patient = newPatientRef();
    expect((await summary(patient, "?year=2026", withKey, {})).status).toBe(401);
    expect((await summary(patient, "?year=2026", ledgerConfiguration, {})).status).toBe(403);
  });

  it("answers 404 for a patient with no visits, and 400 for a bad year or reference", async () => {
    expect((await summary(newPatientRef())).status).toBe(404);
    expect((await summary(newPatientRef(), "?year=26")).status).toBe(400);
    expect((await summary("-not-a-ref")).status).toBe(400);
  });
});

describe("every validation route feeds the ledger", () => {
  it("records each encounter of a batch in order, so a later one sees an earlier one of the same day", async () => {
    const patient = newPatientRef();
    const first = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    const second = patientVisit(patient, "2026-12-29", [timed("97140", 30)]);

    const response = await callApp(
      "/v1/encounters/validate/batch",
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([first, second]) },
      ledgerConfiguration,
    );
    const [firstResult, secondResult] = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));

    expect(firstResult.status).toBe("pass");
    expect(ruleIds(secondResult)).toEqual(["same-day.ptp.never-together"]);
    expect(await ledgerRows(first.encounterId)).toHaveLength(1);
    expect(await ledgerRows(second.encounterId)).toHaveLength(1);
  });

  it("records a webhook's encounter, and the validate route then sees it", async () => {
    const patient = newPatientRef();
    const delivered = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    const response = await callApp("/v1/webhooks/encounters", signedDelivery(completedEvent(delivered)), {
      ...ledgerConfiguration,
      webhookSecret: currentSecret,
    });
    expect(response.status).toBe(200);

    const later = await validated(patientVisit(patient, "2026-12-29", [timed("97140", 30)]));
    expect(ruleIds(later)).toEqual(["same-day.ptp.never-together"]);
  });

  it("rejects a webhook's encounter recorded for another patient, as a signed but invalid delivery", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    await validated(visit);
    const response = await callApp(
      "/v1/webhooks/encounters",
      signedDelivery(completedEvent({ ...visit, patient: { ref: newPatientRef() } })),
      { ...ledgerConfiguration, webhookSecret: currentSecret },
    );
    expect(response.status).toBe(409);
    expect((await response.json<any>()).code).toBe("encounter-of-another-patient");
  });
});
