// Jobs through the worker as deployed: the upload goes to the local R2 bucket and the chunks
// through the local queue to the worker's own consumer, as under `npm start`.
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { Job } from "../../worker/generated/types/job.ts";
import { encountersPerChunk } from "../../worker/jobs/job-chunk-plan.ts";
import { maxJobBytes } from "../../worker/jobs/submit-job.ts";
import { attemptsPerChunk } from "../../worker/jobs/job-chunk-consumer.ts";
import { jobResultKey } from "../../worker/storage/job-files.ts";
import { callApp } from "../helpers/call-app.ts";
import { deliver, failingRegistry, stageJob } from "../helpers/staged-jobs.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const apiKeys = "job-test-key";
const withKey = { authorization: `Bearer ${apiKeys}` };

function callJobs(path: string, init: RequestInit = {}): Promise<Response> {
  return callApp(path, { ...init, headers: { ...withKey, ...(init.headers as Record<string, string>) } }, { apiKeys });
}

// Called in-process, a Request gets no Content-Length of its own; an HTTP client sends one.
function submit(ndjson: string, query = ""): Promise<Response> {
  const body = new TextEncoder().encode(ndjson);
  return callJobs(`/v1/jobs${query}`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson", "content-length": String(body.byteLength) },
    body,
  });
}

function ndjsonOf(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join("\n");
}

function numbered(count: number) {
  return Array.from({ length: count }, (_, index) =>
    encounterWith([timed("97110", 8 + (index % 40))], { encounterId: `job-enc-${index}` }),
  );
}

async function storedKeys(): Promise<string[]> {
  return (await env.JOB_FILES.list({ prefix: "jobs/" })).objects.map((object) => object.key);
}

async function settled(id: string): Promise<Job> {
  return vi.waitUntil(
    async () => {
      const job = await (await callJobs(`/v1/jobs/${id}`)).json<Job>();
      return job.status === "completed" || job.status === "failed" ? job : undefined;
    },
    { timeout: 20_000, interval: 100 },
  );
}

async function resultLines(id: string): Promise<any[]> {
  const response = await callJobs(`/v1/jobs/${id}/results`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/x-ndjson");
  const text = new TextDecoder().decode(await response.arrayBuffer());
  return text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("POST /v1/jobs", () => {
  it("answers 202 with the job, then validates every encounter in the file's order", async () => {
    const encounters = numbered(2 * encountersPerChunk + 5);
    const response = await submit(`${ndjsonOf(encounters)}\n`);
    expect(response.status).toBe(202);
    const job = await response.json<Job>();
    expect(response.headers.get("location")).toBe(`/v1/jobs/${job.id}`);
    expect(job).toMatchObject({
      status: "queued",
      total: 2005,
      processed: 0,
      chunks: { total: 3, done: 0, failed: 0 },
      ruleset: null,
    });

    const done = await settled(job.id);
    expect(done).toMatchObject({
      status: "completed",
      total: 2005,
      processed: 2005,
      chunks: { total: 3, done: 3, failed: 0 },
    });
    expect(done.counts.pass + done.counts.warn + done.counts.fail).toBe(2005);
    const lines = await resultLines(job.id);
    expect(lines.map((line) => line.encounterId)).toEqual(encounters.map((encounter) => encounter.encounterId));
    // The file itself is not needed once every encounter is answered.
    expect(await storedKeys()).not.toContain(`jobs/${job.id}/input.ndjson`);
  });

  it("answers a line that cannot be validated with its problem, at its index and line, between the others", async () => {
    const text = [
      JSON.stringify(numbered(1)[0]),
      "",
      "{not json",
      JSON.stringify({ encounterId: "broken" }),
      JSON.stringify(numbered(2)[1]),
    ].join("\n");
    const job = await (await submit(text)).json<Job>();
    expect(job.total).toBe(4);
    const done = await settled(job.id);
    expect(done.counts).toMatchObject({ problem: 2, error: 0 });
    const [first, unreadable, offSchema, last] = await resultLines(job.id);
    expect(first.encounterId).toBe("job-enc-0");
    expect(unreadable).toMatchObject({ code: "malformed-json", index: 1, line: 3, instance: `/v1/jobs/${job.id}` });
    expect(unreadable.detail).not.toContain("not json");
    expect(offSchema).toMatchObject({ code: "schema-violation", index: 2, line: 4 });
    expect(last.encounterId).toBe("job-enc-1");
  });

  it("validates against the release pinned with ?ruleset=", async () => {
    const job = await (await submit(ndjsonOf(numbered(1)), "?ruleset=2026.3.0")).json<Job>();
    expect(job.ruleset).toBe("2026.3.0");
    await settled(job.id);
    const [line] = await resultLines(job.id);
    expect(line.ruleset.version).toBe("2026.3.0");
  });

  it("refuses a file without encounters, keeping nothing", async () => {
    const before = await storedKeys();
    const response = await submit("\n  \n");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "invalid-batch" });
    expect((await storedKeys()).filter((key) => !before.includes(key))).toEqual([]);
  });

  it("refuses another media type, an unknown release and a declared size over the limit before reading the file", async () => {
    const json = await callJobs("/v1/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "[]",
    });
    expect(json.status).toBe(415);
    expect((await submit("{}", "?ruleset=1999.1.0")).status).toBe(404);
    const huge = await callJobs("/v1/jobs", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "content-length": String(maxJobBytes + 1) },
      body: "{}",
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: "payload-too-large" });
  });

  it("needs a Content-Length, since the file streams to storage as it arrives", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{}\n"));
        controller.close();
      },
    });
    const response = await callJobs("/v1/jobs", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(411);
    expect(await response.json()).toMatchObject({ code: "length-required" });
  });
});

describe("jobs are health data", () => {
  it("need an API key, even while keys are not configured", async () => {
    const unconfigured = await callApp("/v1/jobs", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: "{}",
    });
    expect(unconfigured.status).toBe(403);
    const withoutKey = await callApp("/v1/jobs/0b7e6a52-5d8e-4a51-9d4e-2f0c8f1b6a3d", {}, { apiKeys });
    expect(withoutKey.status).toBe(401);
  });

  it("are found only with a key of the tenant that submitted them", async () => {
    const tenantKeys = "clinic-a:key-a,clinic-b:key-b";
    const asTenant = (key: string, path: string, init: RequestInit = {}) =>
      callApp(
        path,
        { ...init, headers: { authorization: `Bearer ${key}`, ...(init.headers as Record<string, string>) } },
        { apiKeys: tenantKeys },
      );
    const body = new TextEncoder().encode(ndjsonOf(numbered(2)));
    const submitted = await asTenant("key-a", "/v1/jobs", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "content-length": String(body.byteLength) },
      body,
    });
    expect(submitted.status).toBe(202);
    const job = await submitted.json<Job>();
    expect((await asTenant("key-a", `/v1/jobs/${job.id}`)).status).toBe(200);
    for (const path of [`/v1/jobs/${job.id}`, `/v1/jobs/${job.id}/results`])
      expect((await asTenant("key-b", path)).status).toBe(404);
    expect((await asTenant("key-b", `/v1/jobs/${job.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await asTenant("key-a", `/v1/jobs/${job.id}`)).status).toBe(200);
  });

  it("are gone, file and answers, once deleted", async () => {
    const job = await (await submit(ndjsonOf(numbered(3)))).json<Job>();
    await settled(job.id);
    const deleted = await callJobs(`/v1/jobs/${job.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect((await callJobs(`/v1/jobs/${job.id}`)).status).toBe(404);
    expect((await callJobs(`/v1/jobs/${job.id}/results`)).status).toBe(404);
    expect((await storedKeys()).filter((key) => key.includes(job.id))).toEqual([]);
  });
});

describe("GET /v1/jobs/{id} and its results", () => {
  it("shows progress chunk by chunk, and answers 409 with Retry-After for results until the job is settled", async () => {
    const { id, messages } = await stageJob(ndjsonOf(numbered(1001)));
    expect(await (await callJobs(`/v1/jobs/${id}`)).json()).toMatchObject({
      status: "queued",
      processed: 0,
      chunks: { total: 2, done: 0 },
    });
    await deliver(messages[1]!);
    expect(await (await callJobs(`/v1/jobs/${id}`)).json()).toMatchObject({
      status: "running",
      processed: 1,
      chunks: { total: 2, done: 1 },
    });
    const early = await callJobs(`/v1/jobs/${id}/results`);
    expect(early.status).toBe(409);
    expect(early.headers.get("retry-after")).toBe("5");
    expect(await early.json()).toMatchObject({
      code: "job-not-finished",
      detail: expect.stringContaining("1 of 1001"),
    });
    await deliver(messages[0]!);
    expect(await (await callJobs(`/v1/jobs/${id}`)).json()).toMatchObject({ status: "completed", processed: 1001 });
    expect((await resultLines(id)).map((line) => line.encounterId)).toEqual(
      numbered(1001).map((encounter) => encounter.encounterId),
    );
  });

  it("says failed when a chunk was given up, and still answers every encounter in order", async () => {
    const { id, messages } = await stageJob(ndjsonOf(numbered(1002)));
    await deliver(messages[0]!, attemptsPerChunk, failingRegistry);
    await deliver(messages[1]!);
    expect(await (await callJobs(`/v1/jobs/${id}`)).json()).toMatchObject({
      status: "failed",
      processed: 1002,
      counts: { error: 1000 },
      chunks: { failed: 1 },
    });
    const lines = await resultLines(id);
    expect(lines).toHaveLength(1002);
    expect(lines[999]).toMatchObject({ code: "internal-error", index: 999 });
    expect(lines[1001].encounterId).toBe("job-enc-1001");
  });

  it("answers 404 for the results of a job whose answers the bucket no longer holds", async () => {
    const { id, messages } = await stageJob(ndjsonOf(numbered(2)));
    await deliver(messages[0]!);
    await env.JOB_FILES.delete(jobResultKey(id, 0));
    const response = await callJobs(`/v1/jobs/${id}/results`);
    expect(response.status).toBe(404);
    expect((await response.json<any>()).detail).toContain("no longer stored");
  });

  it("answers 404 for a job never submitted and 400 for an id that is not one", async () => {
    expect((await callJobs("/v1/jobs/0b7e6a52-5d8e-4a51-9d4e-2f0c8f1b6a3d")).status).toBe(404);
    expect((await callJobs("/v1/jobs/not-a-job")).status).toBe(400);
  });

  it("names the methods a job takes", async () => {
    const response = await callJobs("/v1/jobs/0b7e6a52-5d8e-4a51-9d4e-2f0c8f1b6a3d", { method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, DELETE");
  });
});
