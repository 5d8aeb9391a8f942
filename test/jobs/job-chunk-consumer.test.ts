import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { attemptsPerChunk } from "../../worker/jobs/job-chunk-consumer.ts";
import { jobResultKey } from "../../worker/storage/job-files.ts";
import { deleteJobRecords, findJob } from "../../worker/storage/job-records.ts";
import { readShadowCounts } from "../../worker/storage/release-shadow.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { pairEncounter, registryWithShadow } from "../helpers/published-release.ts";
import { deliver, failingRegistry, stageJob, stagedTenant } from "../helpers/staged-jobs.ts";

function fileOf(count: number, firstId = 0): string {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify(encounterWith([timed("97110", 20)], { encounterId: `chunk-enc-${firstId + index}` })),
  ).join("\n");
}

async function answersOf(jobId: string, chunk: number): Promise<any[]> {
  const object = await env.JOB_FILES.get(jobResultKey(jobId, chunk));
  return (await object!.text())
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("the job chunk consumer", () => {
  it("counts a chunk once however often the queue delivers it, one after another or at once", async () => {
    const { id, messages } = await stageJob(fileOf(1500));
    const [first, second] = messages;
    expect((await deliver(first!)).explicitAcks).toHaveLength(1);
    expect((await deliver(first!)).explicitAcks).toHaveLength(1);
    await Promise.all([deliver(second!), deliver(second!), deliver(second!)]);
    const job = await findJob(env.DB, stagedTenant, id);
    expect(job).toMatchObject({ chunksDone: 2, chunksFailed: 0 });
    expect(job!.counts.pass + job!.counts.warn + job!.counts.fail).toBe(1500);
    expect(job!.completedAt).not.toBeNull();
    const answers = [...(await answersOf(id, 0)), ...(await answersOf(id, 1))];
    expect(answers.map((answer) => answer.encounterId)).toEqual(
      Array.from({ length: 1500 }, (_, index) => `chunk-enc-${index}`),
    );
  });

  it("retries a chunk that fails on our side, and counts it once the retry succeeds", async () => {
    const { id, messages } = await stageJob(fileOf(3));
    const failed = await deliver(messages[0]!, 1, failingRegistry);
    expect(failed.explicitAcks).toEqual([]);
    expect(failed.retryMessages).toHaveLength(1);
    expect(await findJob(env.DB, stagedTenant, id)).toMatchObject({ chunksDone: 0, completedAt: null });

    expect((await deliver(messages[0]!, 2)).explicitAcks).toHaveLength(1);
    expect((await findJob(env.DB, stagedTenant, id))!.counts).toMatchObject({ error: 0 });
    expect((await findJob(env.DB, stagedTenant, id))!.chunksDone).toBe(1);
  });

  it(`gives a chunk up on attempt ${attemptsPerChunk}: each of its encounters is answered with an internal-error problem and the job settles`, async () => {
    const { id, messages } = await stageJob(fileOf(2001));
    await deliver(messages[0]!);
    await deliver(messages[2]!);
    expect((await deliver(messages[1]!, attemptsPerChunk - 1, failingRegistry)).retryMessages).toHaveLength(1);
    expect((await deliver(messages[1]!, attemptsPerChunk, failingRegistry)).explicitAcks).toHaveLength(1);

    const job = await findJob(env.DB, stagedTenant, id);
    expect(job).toMatchObject({ chunksDone: 3, chunksFailed: 1, counts: expect.objectContaining({ error: 1000 }) });
    expect(job!.completedAt).not.toBeNull();
    const answers = await answersOf(id, 1);
    expect(answers).toHaveLength(1000);
    expect(answers[0]).toMatchObject({ code: "internal-error", status: 500, index: 1000 });
    expect(answers[999]).toMatchObject({ index: 1999 });
  });

  it("drops a chunk of a job deleted meanwhile, writing nothing", async () => {
    const { id, messages } = await stageJob(fileOf(2));
    await deleteJobRecords(env.DB, id);
    expect((await deliver(messages[0]!)).explicitAcks).toHaveLength(1);
    expect(await env.JOB_FILES.head(jobResultKey(id, 0))).toBeNull();
  });
});

/** Encounters 2026.4.0 passes and the release in shadow fails (its new pair row), one a line. */
function pairFileOf(count: number): string {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({ ...pairEncounter, encounterId: `job-pair-${index}` }),
  ).join("\n");
}

describe("the job chunk consumer while a release is in shadow", () => {
  it("counts each chunk's sample into the shadow report once however often the queue delivers it", async () => {
    const registry = await registryWithShadow("2026.4.21");
    const { messages } = await stageJob(pairFileOf(1500));
    const [first, second] = messages;
    await deliver(first!, 1, registry);
    await deliver(first!, 2, registry);
    await Promise.all([deliver(second!, 1, registry), deliver(second!, 1, registry), deliver(second!, 1, registry)]);

    const counts = await readShadowCounts(env.DB, "2026.4.21");
    // 100 of the first chunk's 1,000 and 100 of the second's 500.
    expect(counts).toMatchObject({ compared: 200, differing: 200, jobs: { compared: 200, notSampled: 1300 } });
    expect(counts.differences).toContainEqual({
      kind: "status",
      detail: "pass → fail",
      count: 200,
      examples: ["job-pair-0", "job-pair-10", "job-pair-20", "job-pair-30", "job-pair-40"].map((encounterId) => ({
        tenant: stagedTenant,
        encounterId,
      })),
    });
  });

  it("counts nothing from an attempt that fails midway, and the retry's sample once", async () => {
    const registry = await registryWithShadow("2026.4.22");
    let selections = 0;
    const failsOnTheThird = {
      ...registry,
      select(dateOfService: string, pinnedVersion?: string) {
        selections += 1;
        if (selections === 3) throw new Error("simulated storage fault");
        return registry.select(dateOfService, pinnedVersion);
      },
    };
    const { id, messages } = await stageJob(pairFileOf(4));
    expect((await deliver(messages[0]!, 1, failsOnTheThird)).retryMessages).toHaveLength(1);
    expect(await readShadowCounts(env.DB, "2026.4.22")).toMatchObject({ compared: 0, jobs: { compared: 0 } });

    await deliver(messages[0]!, 2, registry);
    expect((await findJob(env.DB, stagedTenant, id))!.chunksDone).toBe(1);
    expect(await readShadowCounts(env.DB, "2026.4.22")).toMatchObject({
      compared: 4,
      differing: 4,
      jobs: { compared: 4, notSampled: 0 },
    });
  });

  it("compares nothing of a job pinned to a release, as a pinned validation is not compared", async () => {
    const registry = await registryWithShadow("2026.4.23");
    const { messages } = await stageJob(pairFileOf(2), "2026.4.0");
    await deliver(messages[0]!, 1, registry);
    expect(await readShadowCounts(env.DB, "2026.4.23")).toMatchObject({
      compared: 0,
      jobs: { compared: 0, notSampled: 0 },
    });
  });
});
