// Stored results and webhook deliveries are health data kept only as long as the deployment
// says (RESULTS_RETENTION_DAYS, 90 days by default); the nightly cron deletes older rows. The
// patients' visit ledger is kept as long as the rules that read it need (see ledgerCutoff).

export const defaultRetentionDays = 90;

/** RESULTS_RETENTION_DAYS as a whole number of days ≥ 1; anything else means the default. */
export function retentionDays(value: string | undefined): number {
  const text = value?.trim() ?? "";
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1) return defaultRetentionDays;
  return Number(text);
}

/** The instant before which rows are deleted: `days` before `now`. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

/**
 * The first date of service the visit ledger keeps: January 1 of the previous calendar year.
 * The KX threshold counts a calendar year, and a claim for a visit of last year (Medicare takes
 * claims up to 12 months after the date of service) is judged with that year's visits; progress
 * reports and plans of care run across the new year. Older visits serve no rule.
 */
export function ledgerCutoff(now: Date): string {
  return `${now.getUTCFullYear() - 1}-01-01`;
}

export interface PurgeCounts {
  results: number;
  deliveries: number;
  visits: number;
  /** Shadow-report rows (counts with example encounterIds) no validation has added to since the cutoff. */
  shadowDifferences: number;
}

/**
 * Deletes results validated before the cutoff, then deliveries last received before it
 * whose result (if any) is gone: a result still kept keeps its delivery, which the
 * foreign key requires. Then the ledger's visits dated before `visitsBefore` (ledgerCutoff), and
 * visits voided before the cutoff, which no rule counts, and shadow-report rows last counted before the
 * cutoff (their example encounterIds go with them). All in one D1 batch, so they never disagree.
 */
export async function purgeOlderThan(db: D1Database, cutoff: string, visitsBefore: string): Promise<PurgeCounts> {
  const [results, deliveries, pastVisits, voidedVisits, shadowDifferences] = await db.batch([
    db.prepare(`DELETE FROM validation_results WHERE validated_at < ?`).bind(cutoff),
    db
      .prepare(
        `DELETE FROM webhook_deliveries AS delivery WHERE last_received_at < ?
           AND NOT EXISTS (SELECT 1 FROM validation_results AS kept WHERE kept.tenant = delivery.tenant AND kept.webhook_id = delivery.webhook_id)`,
      )
      .bind(cutoff),
    db.prepare(`DELETE FROM patient_visits WHERE date_of_service < ?`).bind(visitsBefore),
    db.prepare(`DELETE FROM patient_visits WHERE voided_at < ?`).bind(cutoff),
    db.prepare(`DELETE FROM release_shadow_differences WHERE last_seen_at < ?`).bind(cutoff),
  ]);
  return {
    results: results!.meta.changes,
    deliveries: deliveries!.meta.changes,
    visits: pastVisits!.meta.changes + voidedVisits!.meta.changes,
    shadowDifferences: shadowDifferences!.meta.changes,
  };
}
