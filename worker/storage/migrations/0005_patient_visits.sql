-- The patients' visit ledger: one row per validated encounter that named a patient, so rules
-- that need earlier visits (KX threshold, progress reports, plan of care, same-day edits) can
-- read them. Health data kept to what those rules need: no diagnoses, no free text, and the
-- patient's reference only as an HMAC under the PATIENT_REF_KEY secret, never the value.
CREATE TABLE patient_visits (
  id INTEGER PRIMARY KEY,
  -- The API key's tenant: a tenant never reads another's visits.
  tenant TEXT NOT NULL,
  encounter_id TEXT NOT NULL,
  -- base64url HMAC-SHA256 of the caller's patient.ref.
  patient_key TEXT NOT NULL,
  date_of_service TEXT NOT NULL,
  payer_type TEXT NOT NULL,
  rendering_npi TEXT,
  -- The discipline bucket: PT, OT or SLP (NULL for visits that are not therapy).
  bucket TEXT CHECK (bucket IN ('PT', 'OT', 'SLP')),
  progress_report INTEGER NOT NULL DEFAULT 0 CHECK (progress_report IN (0, 1)),
  episode_started_on TEXT,
  certified_from TEXT,
  certified_through TEXT,
  -- The billed lines as JSON: service index, code, units, modifiers, allowed amount, bucket.
  lines TEXT NOT NULL,
  -- ISO 8601 instants: the latest validation, and the void (DELETE /v1/encounters/{id}).
  recorded_at TEXT NOT NULL,
  voided_at TEXT,
  -- Re-validating an encounter replaces its row; it stays its first patient's.
  CONSTRAINT patient_visits_encounter_unique UNIQUE (tenant, encounter_id)
);

CREATE INDEX patient_visits_by_patient ON patient_visits (tenant, patient_key, date_of_service);

-- The nightly retention cron deletes visits dated before the previous calendar year, and voided
-- ones after RESULTS_RETENTION_DAYS (worker/storage/retention.ts).
CREATE INDEX patient_visits_by_date ON patient_visits (date_of_service);
CREATE INDEX patient_visits_voided ON patient_visits (voided_at) WHERE voided_at IS NOT NULL;
