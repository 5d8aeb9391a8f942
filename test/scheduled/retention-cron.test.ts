import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import worker from "../../worker/index.ts";
import { ledgerVisitOf } from "../../worker/ledger/ledger-visit.ts";
import { recordPatientVisit, voidPatientVisit } from "../../worker/storage/patient-visits.ts";
import { recordValidation } from "../../worker/storage/validation-results.ts";
import { claimDelivery, markProcessed } from "../../worker/storage/webhook-deliveries.ts";
import { jobInputKey } from "../../worker/storage/job-files.ts";
import { findJob } from "../../worker/storage/job-records.ts";
import { stageJob, stagedTenant } from "../helpers/staged-jobs.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { ledgerRows } from "../helpers/patient-visits.ts";
import { deliveryRows, validationRows } from "../helpers/stored-rows.ts";

function resultFor(encounterId: string): ValidationResult {
  return {
    encounterId,
    status: "pass",
    ruleset: { version: "2026.4.0", hash: "sha256-test" },
    findings: [],
    billing: { unitMethod: "cms", totalTimedMinutes: 30, totalTimedUnits: 2, lines: [] },
  };
}

const cronAt = new Date("2026-11-30T03:30:00.000Z");
const daysBefore = (days: number) => new Date(cronAt.getTime() - days * 86_400_000).toISOString();

async function runCron(retentionDays?: string) {
  const controller = createScheduledController({ scheduledTime: cronAt, cron: "30 3 * * *" });
  const context = createExecutionContext();
  await worker.scheduled(controller, { ...env, RESULTS_RETENTION_DAYS: retentionDays }, context);
  await waitOnExecutionContext(context);
}

async function recordVisit(dateOfService: string, recordedAt = daysBefore(1)) {
  const encounter = encounterWith([timed("97110", 30)], {
    encounterId: `enc-${crypto.randomUUID()}`,
    dateOfService,
    patient: { ref: "pt-retention" },
  });
  await recordPatientVisit(
    env.DB,
    "clinic-a",
    "patient-key",
    ledgerVisitOf(encounter, resultFor(encounter.encounterId)),
    recordedAt,
  );
  return encounter.encounterId;
}

async function storeWebhookResult(tenant: string, encounterId: string, at: string) {
  const key = { tenant, webhookId: `msg_${crypto.randomUUID()}` };
  await claimDelivery(env.DB, key, at);
  await markProcessed(env.DB, key, "encounter.completed", {
    result: resultFor(encounterId),
    receivedVia: "webhook",
    validatedAt: at,
  });
  return key.webhookId;
}

describe("the retention cron", () => {
  it("deletes results and deliveries older than RESULTS_RETENTION_DAYS and keeps the newer ones", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const oldId = `enc-${crypto.randomUUID()}`;
    const newId = `enc-${crypto.randomUUID()}`;
    await recordValidation(env.DB, "clinic-a", {
      result: resultFor(oldId),
      receivedVia: "api",
      validatedAt: daysBefore(31),
    });
    await recordValidation(env.DB, "clinic-a", {
      result: resultFor(newId),
      receivedVia: "api",
      validatedAt: daysBefore(29),
    });
    const oldDelivery = await storeWebhookResult("clinic-b", oldId, daysBefore(40));
    const newDelivery = await storeWebhookResult("clinic-b", newId, daysBefore(1));

    await runCron("30");

    expect(await validationRows(oldId)).toEqual([]);
    expect(await deliveryRows(oldDelivery)).toEqual([]);
    expect((await validationRows(newId)).map((row) => row.received_via).sort()).toEqual(["api", "webhook"]);
    expect(await deliveryRows(newDelivery)).toHaveLength(1);
    const logged = log.mock.calls.map((call) => String(call[0])).find((line) => line.includes("retention-purge"));
    expect(JSON.parse(logged!)).toMatchObject({
      retentionDays: 30,
      cutoff: daysBefore(30),
      visitsBefore: "2025-01-01",
    });
    expect(logged).not.toContain(oldId);
    log.mockRestore();
  });

  it("keeps a delivery as long as its result is kept, whenever it first arrived", async () => {
    const encounterId = `enc-${crypto.randomUUID()}`;
    const key = { tenant: "default", webhookId: `msg_${crypto.randomUUID()}` };
    await claimDelivery(env.DB, key, daysBefore(100));
    await markProcessed(env.DB, key, "encounter.completed", {
      result: resultFor(encounterId),
      receivedVia: "webhook",
      validatedAt: daysBefore(10),
    });

    await runCron("30");

    expect(await deliveryRows(key.webhookId)).toHaveLength(1);
    expect(await validationRows(encounterId)).toHaveLength(1);
  });

  it("keeps ledger visits of this calendar year and the previous one, and deletes older ones", async () => {
    const older = await recordVisit("2024-12-31");
    const lastYear = await recordVisit("2025-01-01", daysBefore(600));
    const thisYear = await recordVisit("2026-11-02");

    await runCron("30");

    expect(await ledgerRows(older)).toEqual([]);
    expect(await ledgerRows(lastYear)).toHaveLength(1);
    expect(await ledgerRows(thisYear)).toHaveLength(1);
  });

  it("deletes a voided visit once it has been void longer than RESULTS_RETENTION_DAYS", async () => {
    const longVoid = await recordVisit("2026-10-05");
    const recentVoid = await recordVisit("2026-10-05");
    await voidPatientVisit(env.DB, "clinic-a", longVoid, daysBefore(31));
    await voidPatientVisit(env.DB, "clinic-a", recentVoid, daysBefore(29));

    await runCron("30");

    expect(await ledgerRows(longVoid)).toEqual([]);
    expect(await ledgerRows(recentVoid)).toHaveLength(1);
  });

  it("uses the 90-day default when RESULTS_RETENTION_DAYS is not set", async () => {
    const encounterId = `enc-${crypto.randomUUID()}`;
    const keptId = `enc-${crypto.randomUUID()}`;
    await recordValidation(env.DB, "default", {
      result: resultFor(encounterId),
      receivedVia: "api",
      validatedAt: daysBefore(91),
    });
    await recordValidation(env.DB, "default", {
      result: resultFor(keptId),
      receivedVia: "api",
      validatedAt: daysBefore(89),
    });

    await runCron(undefined);

    expect(await validationRows(encounterId)).toEqual([]);
    expect(await validationRows(keptId)).toHaveLength(1);
  });

  it("deletes jobs created before the cutoff, their files with their records, and keeps newer jobs", async () => {
    const oldJob = await stageJob("{}", null, daysBefore(31));
    const newJob = await stageJob("{}", null, daysBefore(29));

    await runCron("30");

    expect(await findJob(env.DB, stagedTenant, oldJob.id)).toBeUndefined();
    expect(await env.JOB_FILES.head(jobInputKey(oldJob.id))).toBeNull();
    expect(await findJob(env.DB, stagedTenant, newJob.id)).toBeDefined();
    expect(await env.JOB_FILES.head(jobInputKey(newJob.id))).not.toBeNull();
  });
});

describe("the retention cron and the shadow report", () => {
  it("deletes shadow-report rows last counted before the cutoff, with their example encounterIds, and keeps the newer", async () => {
    const { readShadowCounts, recordShadowComparisons } = await import("../../worker/storage/release-shadow.ts");
    const comparison = (version: string) => ({
      version,
      tenant: "clinic-a",
      encounterId: "enc-shadow",
      differences: [{ kind: "status" as const, detail: "pass → fail" }],
    });
    await recordShadowComparisons(env.DB, [comparison("2099.1.1")], daysBefore(31));
    await recordShadowComparisons(env.DB, [comparison("2099.1.2")], daysBefore(29));
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    await runCron("30");
    vi.restoreAllMocks();
    expect(await readShadowCounts(env.DB, "2099.1.1")).toEqual({
      compared: 0,
      differing: 0,
      jobs: { compared: 0, notSampled: 0 },
      differences: [],
    });
    expect((await readShadowCounts(env.DB, "2099.1.2")).differences).toEqual([
      {
        kind: "status",
        detail: "pass → fail",
        count: 1,
        examples: [{ tenant: "clinic-a", encounterId: "enc-shadow" }],
      },
    ]);
  });
});
