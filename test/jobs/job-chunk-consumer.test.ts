import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { attemptsPerChunk } from "../../worker/jobs/job-chunk-consumer.ts";
import { jobResultKey } from "../../worker/storage/job-files.ts";
import { deleteJobRecords, findJob } from "../../worker/storage/job-records.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
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
