// The Cron Trigger (wrangler.toml [triggers]): deletes stored results, webhook deliveries and
// jobs older than RESULTS_RETENTION_DAYS, and ledger visits dated before the previous calendar
// year. Logs only counts, never what was deleted.
import type { Env } from "./env.ts";
import { purgeJobsCreatedBefore } from "./storage/job-retention.ts";
import { ledgerCutoff, purgeOlderThan, retentionCutoff, retentionDays } from "./storage/retention.ts";

export async function scheduled(controller: ScheduledController, env: Env, context: ExecutionContext): Promise<void> {
  const days = retentionDays(env.RESULTS_RETENTION_DAYS);
  const now = new Date(controller.scheduledTime);
  const cutoff = retentionCutoff(now, days);
  const visitsBefore = ledgerCutoff(now);
  const purge = Promise.all([
    purgeOlderThan(env.DB, cutoff, visitsBefore),
    purgeJobsCreatedBefore(env.DB, env.JOB_FILES, cutoff),
  ]).then(([counts, jobs]) => {
    console.log(
      JSON.stringify({
        level: "info",
        event: "retention-purge",
        cron: controller.cron,
        retentionDays: days,
        cutoff,
        visitsBefore,
        ...counts,
        jobs,
      }),
    );
  });
  context.waitUntil(purge);
  await purge;
}
