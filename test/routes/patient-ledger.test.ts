import { describe, expect, it } from "vitest";
import { callApp, type TestConfiguration } from "../helpers/call-app.ts";
import { timed } from "../helpers/encounters.ts";
import {
  ledgerRows,
  newPatientRef,
  patientVisit,
  ruleIds,
  testPatientRefKey,
  treatmentDays,
  validate,
  validated,
} from "../helpers/patient-visits.ts";

describe("progress reports through the worker", () => {
  it("warns on the 10th of 11 Medicare PT treatment days without a report, and fails the 11th", async () => {
    const patient = newPatientRef();
    const results = [];
    for (const day of treatmentDays(11))
      results.push(await validated(patientVisit(patient, day, [timed("97110", 30)])));

    for (const result of results.slice(0, 9)) expect(ruleIds(result)).not.toContain("progress-report.due-today");
    expect(results[9].findings).toEqual([
      expect.objectContaining({ ruleId: "progress-report.due-today", severity: "warning" }),
    ]);
    expect(results[9].findings[0].message).toContain("treatment day 10 of physical therapy");
    expect(results[10].status).toBe("fail");
    expect(results[10].findings).toEqual([
      expect.objectContaining({ ruleId: "progress-report.overdue", severity: "error" }),
    ]);
  });

  it("clears the 11th day once the 10th is sent again marked progressReport", async () => {
    const patient = newPatientRef();
    const visits = treatmentDays(11).map((day) => patientVisit(patient, day, [timed("97110", 30)]));
    for (const visit of visits) await validated(visit);

    const tenth = await validated({ ...visits[9], progressReport: true });
    const eleventh = await validated(visits[10]);

    expect(tenth.status).toBe("pass");
    expect(eleventh.status).toBe("pass");
    expect(eleventh.findings).toEqual([]);
  });
});

describe("the KX threshold through the worker", () => {
  async function crossingVisit(dateOfService: (index: number) => string, amounts: number[], kx: boolean, query = "") {
    const patient = newPatientRef();
    const results = [];
    for (const [index, amount] of amounts.entries()) {
      const modifiers = kx && index === amounts.length - 1 ? ["GP", "KX"] : ["GP"];
      results.push(
        await validated(
          patientVisit(patient, dateOfService(index), [timed("97110", 45, { allowedAmount: amount, modifiers })]),
          undefined,
          query,
        ),
      );
    }
    return results;
  }
  const inDecember = (index: number) => `2026-12-${String(1 + 7 * index).padStart(2, "0")}`;

  it("fails the 2026 visit whose allowed amounts pass $2,480 without KX, and only that one", async () => {
    const results = await crossingVisit(inDecember, [800, 800, 800, 100], false);

    for (const result of results.slice(0, 3)) expect(ruleIds(result)).not.toContain("kx.threshold.modifier-missing");
    expect(results[3].status).toBe("fail");
    expect(results[3].findings).toEqual([
      expect.objectContaining({ ruleId: "kx.threshold.modifier-missing", services: [0], codes: ["97110"] }),
    ]);
    expect(results[3].findings[0].message).toContain("$2,500.00, above the 2026 KX threshold of $2,480.00");
  });

  it("passes the same visits when the crossing visit carries KX", async () => {
    const results = await crossingVisit(inDecember, [800, 800, 800, 100], true);
    expect(results.map((result) => result.status)).toEqual(["pass", "pass", "pass", "pass"]);
  });

  it("measures 2025 visits against 2025's $2,410 (the release pinned: 2025 dates are answered by 2026.3.0, which has no KX rules)", async () => {
    const in2025 = (index: number) => `2025-10-${String(6 + 7 * index).padStart(2, "0")}`;
    const under = await crossingVisit(in2025, [800, 800, 800], false, "?ruleset=2026.4.1");
    const over = await crossingVisit(in2025, [800, 800, 811], false, "?ruleset=2026.4.1");

    expect(ruleIds(under[2])).not.toContain("kx.threshold.modifier-missing");
    expect(over[2].findings).toEqual([expect.objectContaining({ ruleId: "kx.threshold.modifier-missing" })]);
    expect(over[2].findings[0].message).toContain("above the 2025 KX threshold of $2,410.00");
  });
});

describe("same-day pair edits across encounters through the worker", () => {
  it("fails 97140 in a second encounter naming the first's 97124, and passes it again once the first is voided", async () => {
    const patient = newPatientRef();
    const first = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    const second = patientVisit(patient, "2026-12-29", [timed("97140", 30)]);
    await validated(first);

    const failing = await validated(second);
    const voided = await callDelete(first.encounterId);
    const passing = await validated(second);

    expect(failing.status).toBe("fail");
    expect(failing.findings).toEqual([
      expect.objectContaining({ ruleId: "same-day.ptp.never-together", services: [0], codes: ["97124", "97140"] }),
    ]);
    expect(failing.findings[0].message).toContain(`97124 (service 0 of encounter ${first.encounterId})`);
    expect(voided.status).toBe(204);
    expect(passing.status).toBe("pass");
    expect(passing.billing.lines).toEqual([expect.objectContaining({ code: "97140", units: 2 })]);
  });

  it("does not pair visits of the same patient rendered by another NPI", async () => {
    const patient = newPatientRef();
    await validated(
      patientVisit(patient, "2026-12-29", [timed("97124", 30)], { provider: { discipline: "PT", npi: "1245319599" } }),
    );
    const second = await validated(patientVisit(patient, "2026-12-29", [timed("97140", 30)]));
    expect(second.status).toBe("pass");
  });
});

function callDelete(encounterId: string, configuration: TestConfiguration = {}) {
  return callApp(`/v1/encounters/${encounterId}`, { method: "DELETE" }, configuration);
}

describe("the visit ledger's records", () => {
  it("records a patient's encounter under an HMAC of the reference, never the reference itself", async () => {
    const patient = newPatientRef();
    const visit = patientVisit(patient, "2026-12-29", [timed("97110", 30, { allowedAmount: 61.25 })], {
      progressReport: true,
    });
    await validated(visit);

    const [row] = await ledgerRows(visit.encounterId);
    expect(row).toMatchObject({
      tenant: "default",
      date_of_service: "2026-12-29",
      rendering_npi: "1234567893",
      bucket: "PT",
      progress_report: 1,
      certified_through: "2027-02-24",
    });
    expect(JSON.parse(String(row!.lines))).toEqual([
      { service: 0, code: "97110", units: 2, modifiers: ["GP"], allowedAmount: 61.25, bucket: "PT" },
    ]);
    expect(JSON.stringify(row)).not.toContain(patient);
    expect(String(row!.patient_key)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("replaces an encounter's entry when it is validated again", async () => {
    const patient = newPatientRef();
    const visit = patientVisit(patient, "2026-12-29", [timed("97110", 30)]);
    await validated(visit);
    await validated({ ...visit, services: [timed("97112", 45)] });

    const rows = await ledgerRows(visit.encounterId);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.lines))).toEqual([expect.objectContaining({ code: "97112", units: 3 })]);
  });

  it("refuses with 409 an encounterId already recorded for another patient, and keeps the first", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    await validated(visit);
    const [before] = await ledgerRows(visit.encounterId);

    const response = await validate({ ...visit, patient: { ref: newPatientRef() } });

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: "encounter-of-another-patient" });
    expect(await ledgerRows(visit.encounterId)).toEqual([before]);
  });

  it("records nothing for an encounter without a patient", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    delete visit.patient;
    await validated(visit);
    expect(await ledgerRows(visit.encounterId)).toEqual([]);
  });

  it("answers a problem naming PATIENT_REF_KEY when the deployment has none, and records nothing", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    const response = await validate(visit, {});
    const problem = await response.json<any>();

    expect(response.status).toBe(503);
    expect(problem.code).toBe("patient-ledger-not-configured");
    expect(problem.detail).toContain("PATIENT_REF_KEY");
    expect(await ledgerRows(visit.encounterId)).toEqual([]);
  });

  it("still validates encounters without a patient when the deployment has no PATIENT_REF_KEY", async () => {
    const visit = patientVisit(newPatientRef(), "2026-12-29", [timed("97110", 30)]);
    delete visit.patient;
    expect((await validate(visit, {})).status).toBe(200);
  });

  it("answers 404 when voiding an encounter that was never recorded, and 400 for a malformed id", async () => {
    expect((await callDelete(`enc-${crypto.randomUUID()}`)).status).toBe(404);
    expect((await callDelete("-bad-id")).status).toBe(400);
  });

  it("keys the same reference differently under another PATIENT_REF_KEY", async () => {
    const patient = newPatientRef();
    const first = patientVisit(patient, "2026-12-29", [timed("97124", 30)]);
    await validated(first);
    const second = await validated(patientVisit(patient, "2026-12-29", [timed("97140", 30)]), {
      patientRefKey: `${testPatientRefKey}-rotated`,
    });
    expect(second.status).toBe("pass");
  });
});
