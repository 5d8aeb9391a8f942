// Jobs hold health data (the uploaded file, then its answers) and are kept no longer than stored
// results: the retention cron deletes every job created before the cutoff, files and records.
import { deleteJobFiles } from "./job-files.ts";
import { deleteJobRecords, listJobsCreatedBefore } from "./job-records.ts";

/** Jobs handled per cron run: each costs an R2 listing and a delete, and a run has limited time. */
export const jobsPerPurge = 200;

/** Deletes up to `jobsPerPurge` jobs created before the cutoff and answers how many; the next run takes the rest. */
export async function purgeJobsCreatedBefore(db: D1Database, bucket: R2Bucket, cutoff: string): Promise<number> {
  const ids = await listJobsCreatedBefore(db, cutoff, jobsPerPurge);
  for (const id of ids) {
    // Files first, as DELETE /v1/jobs/{id} does: a failure leaves the record for the next run.
    await deleteJobFiles(bucket, id);
    await deleteJobRecords(db, id);
  }
  return ids.length;
}
