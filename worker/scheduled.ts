// The Cron Trigger (wrangler.toml [triggers]): deletes stored results and webhook deliveries
// older than RESULTS_RETENTION_DAYS. Logs only counts, never what was deleted.
import type { Env } from "./env.ts";
import { purgeOlderThan, retentionCutoff, retentionDays } from "./storage/retention.ts";

export async function scheduled(controller: ScheduledController, env: Env, context: ExecutionContext): Promise<void> {
  const days = retentionDays(env.RESULTS_RETENTION_DAYS);
  const cutoff = retentionCutoff(new Date(controller.scheduledTime), days);
  const purge = purgeOlderThan(env.DB, cutoff).then((counts) => {
    console.log(JSON.stringify({ level: "info", event: "retention-purge", cron: controller.cron, retentionDays: days, cutoff, ...counts }));
  });
  context.waitUntil(purge);
  await purge;
}
