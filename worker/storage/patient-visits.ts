// The patients' visit ledger in D1 (migration 0005): one row per encounter that named a patient,
// under the tenant and the HMAC of the patient's reference. Re-validating an encounter replaces
// its row, but never moves it to another patient; a voided row stays, and no rule counts it.
import type { LedgerLine, LedgerVisit, TherapyBucket } from "../ledger/ledger-visit.ts";

/** How many of a patient's visits one validation reads, newest first: years of therapy. */
export const visitReadLimit = 1000;

interface VisitRow {
  encounter_id: string;
  date_of_service: string;
  payer_type: LedgerVisit["payerType"];
  rendering_npi: string | null;
  bucket: TherapyBucket | null;
  progress_report: number;
  episode_started_on: string | null;
  certified_from: string | null;
  certified_through: string | null;
  lines: string;
}

const visitColumns =
  "encounter_id, date_of_service, payer_type, rendering_npi, bucket, progress_report, episode_started_on, certified_from, certified_through, lines";

export interface PatientVisitLookup {
  /** The patient's visits on or before the date, voided ones left out. */
  visits: LedgerVisit[];
  /** The patient key the encounterId is already recorded under, if any (voided or not). */
  encounterOwner: string | undefined;
}

export async function loadPatientVisits(
  db: D1Database,
  tenant: string,
  patientKey: string,
  encounterId: string,
  onOrBefore: string,
): Promise<PatientVisitLookup> {
  const [visits, owner] = await db.batch<VisitRow | { patient_key: string }>([
    db
      .prepare(
        `SELECT ${visitColumns} FROM patient_visits
         WHERE tenant = ? AND patient_key = ? AND date_of_service <= ? AND voided_at IS NULL
         ORDER BY date_of_service DESC, id DESC LIMIT ?`,
      )
      .bind(tenant, patientKey, onOrBefore, visitReadLimit),
    db
      .prepare(`SELECT patient_key FROM patient_visits WHERE tenant = ? AND encounter_id = ?`)
      .bind(tenant, encounterId),
  ]);
  return {
    visits: (visits!.results as VisitRow[]).map(fromRow).reverse(),
    encounterOwner: (owner!.results[0] as { patient_key: string } | undefined)?.patient_key,
  };
}

/** Records or replaces the encounter's visit; false when the encounterId is another patient's (nothing written). */
export async function recordPatientVisit(
  db: D1Database,
  tenant: string,
  patientKey: string,
  visit: LedgerVisit,
  recordedAt: string,
): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO patient_visits (tenant, encounter_id, patient_key, ${visitColumns.replace("encounter_id, ", "")}, recorded_at, voided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
       ON CONFLICT (tenant, encounter_id) DO UPDATE SET
         date_of_service = excluded.date_of_service, payer_type = excluded.payer_type, rendering_npi = excluded.rendering_npi,
         bucket = excluded.bucket, progress_report = excluded.progress_report, episode_started_on = excluded.episode_started_on,
         certified_from = excluded.certified_from, certified_through = excluded.certified_through, lines = excluded.lines,
         recorded_at = excluded.recorded_at, voided_at = NULL
       WHERE patient_visits.patient_key = excluded.patient_key`,
    )
    .bind(
      tenant,
      visit.encounterId,
      patientKey,
      visit.dateOfService,
      visit.payerType,
      visit.renderingNpi ?? null,
      visit.bucket ?? null,
      visit.progressReport ? 1 : 0,
      visit.episodeStartedOn ?? null,
      visit.planOfCare?.certifiedFrom ?? null,
      visit.planOfCare?.certifiedThrough ?? null,
      JSON.stringify(visit.lines),
      recordedAt,
    )
    .run();
  return meta.changes === 1;
}

/** Voids the encounter's visit; false when the tenant has no visit under that encounterId. */
export async function voidPatientVisit(
  db: D1Database,
  tenant: string,
  encounterId: string,
  voidedAt: string,
): Promise<boolean> {
  const { meta } = await db
    .prepare(`UPDATE patient_visits SET voided_at = COALESCE(voided_at, ?) WHERE tenant = ? AND encounter_id = ?`)
    .bind(voidedAt, tenant, encounterId)
    .run();
  return meta.changes > 0;
}

function fromRow(row: VisitRow): LedgerVisit {
  return {
    encounterId: row.encounter_id,
    dateOfService: row.date_of_service,
    payerType: row.payer_type,
    ...(row.rendering_npi ? { renderingNpi: row.rendering_npi } : {}),
    ...(row.bucket ? { bucket: row.bucket } : {}),
    progressReport: row.progress_report === 1,
    ...(row.episode_started_on ? { episodeStartedOn: row.episode_started_on } : {}),
    ...(row.certified_from && row.certified_through
      ? { planOfCare: { certifiedFrom: row.certified_from, certifiedThrough: row.certified_through } }
      : {}),
    lines: JSON.parse(row.lines) as LedgerLine[],
  };
}
