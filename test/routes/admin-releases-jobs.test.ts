// Jobs through the worker while a release is in shadow: the chunks go through the local queue to
// the worker's own consumer, which compares them with the published release as it answers them.
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Job } from "../../worker/generated/types/job.ts";
import type { ShadowReport } from "../../worker/generated/types/shadow-report.ts";
import { releaseCache } from "../../worker/rules/shipped-rulesets.ts";
import { callApp } from "../helpers/call-app.ts";
import { pairEncounter, publicationOf, shippedReleaseFiles, withNewPairRow } from "../helpers/published-release.ts";

const keys = { apiKeys: "clinic-a:job-key", adminKeys: "compliance:admin-secret" };

function call(path: string, key: string, init: RequestInit = {}): Promise<Response> {
  const headers = { authorization: `Bearer ${key}`, ...(init.headers as Record<string, string>) };
  return callApp(path, { ...init, headers }, keys);
}

async function submitJob(values: readonly unknown[]): Promise<string> {
  const body = new TextEncoder().encode(values.map((value) => JSON.stringify(value)).join("\n"));
  const response = await call("/v1/jobs", "job-key", {
    method: "POST",
    headers: { "content-type": "application/x-ndjson", "content-length": String(body.byteLength) },
    body,
  });
  expect(response.status).toBe(202);
  return (await response.json<Job>()).id;
}

beforeEach(async () => {
  for (const { name } of (await env.RULES!.list()).keys) await env.RULES!.delete(name);
  await env.DB.exec("DELETE FROM release_shadow_differences");
  releaseCache.invalidate();
});

describe("a job answered while a release is in shadow", () => {
  it("keeps its answers and counts its encounters the release would fail into the shadow report", async () => {
    const publication = await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()));
    const published = await call("/v1/admin/releases", "admin-secret", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(publication),
    });
    expect(published.status).toBe(201);

    const encounters = Array.from({ length: 3 }, (_, index) => ({
      ...pairEncounter,
      encounterId: `job-pair-${index}`,
    }));
    const id = await submitJob([
      ...encounters,
      { ...pairEncounter, encounterId: "job-old", dateOfService: "2026-10-20" },
    ]);
    const job = await vi.waitUntil(
      async () => {
        const answer = await (await call(`/v1/jobs/${id}`, "job-key")).json<Job>();
        return answer.status === "completed" ? answer : undefined;
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(job.counts).toMatchObject({ pass: 4, fail: 0 });

    const report = await (await call("/v1/admin/releases/2026.4.7/shadow-report", "admin-secret")).json<ShadowReport>();
    expect(report).toMatchObject({ compared: 3, differing: 3, jobs: { compared: 3, notSampled: 0 } });
    expect(report.differences).toContainEqual({
      kind: "status",
      detail: "pass → fail",
      count: 3,
      examples: encounters.map(({ encounterId }) => ({ tenant: "clinic-a", encounterId })),
    });
  });
});
