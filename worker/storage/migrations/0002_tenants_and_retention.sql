-- Tenants: a billing company serves many clinics, each its own tenant. Every stored row
-- belongs to the tenant whose API key or webhook secret produced it, and a webhook-id is
-- unique per tenant (two senders may pick the same id without meeting). SQLite cannot
-- change a UNIQUE constraint in place, so both tables are rebuilt; rows that existed
-- belong to tenant `default`, the tenant of a key written without one.
-- Retention: the nightly cron deletes rows by age, hence the age indexes.

CREATE TABLE webhook_deliveries_by_tenant (
  id INTEGER PRIMARY KEY,
  tenant TEXT NOT NULL DEFAULT 'default',
  webhook_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('processing', 'processed', 'ignored', 'rejected')),
  event_type TEXT,
  problem_code TEXT,
  problem_errors TEXT,
  received_at TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  completed_at TEXT,
  last_received_at TEXT NOT NULL,
  delivery_count INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT webhook_deliveries_tenant_webhook_id_unique UNIQUE (tenant, webhook_id)
);

INSERT INTO webhook_deliveries_by_tenant (id, webhook_id, status, event_type, problem_code, problem_errors, received_at, claimed_at, completed_at, last_received_at, delivery_count)
  SELECT id, webhook_id, status, event_type, problem_code, problem_errors, received_at, claimed_at, completed_at, last_received_at, delivery_count FROM webhook_deliveries;

CREATE TABLE validation_results_by_tenant (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant TEXT NOT NULL DEFAULT 'default',
  encounter_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pass', 'warn', 'fail')),
  ruleset_version TEXT NOT NULL,
  ruleset_hash TEXT NOT NULL,
  received_via TEXT NOT NULL CHECK (received_via IN ('webhook', 'api')),
  webhook_id TEXT,
  validated_at TEXT NOT NULL,
  result TEXT NOT NULL,
  CONSTRAINT validation_results_tenant_webhook_id_unique UNIQUE (tenant, webhook_id),
  FOREIGN KEY (tenant, webhook_id) REFERENCES webhook_deliveries_by_tenant (tenant, webhook_id),
  CHECK ((received_via = 'webhook') = (webhook_id IS NOT NULL))
);

INSERT INTO validation_results_by_tenant (id, encounter_id, status, ruleset_version, ruleset_hash, received_via, webhook_id, validated_at, result)
  SELECT id, encounter_id, status, ruleset_version, ruleset_hash, received_via, webhook_id, validated_at, result FROM validation_results;

DROP TABLE validation_results;
DROP TABLE webhook_deliveries;
-- Renaming the parent rewrites the child's foreign key to the new name.
ALTER TABLE webhook_deliveries_by_tenant RENAME TO webhook_deliveries;
ALTER TABLE validation_results_by_tenant RENAME TO validation_results;

CREATE INDEX validation_results_by_encounter ON validation_results (tenant, encounter_id, id DESC);
CREATE INDEX validation_results_by_age ON validation_results (validated_at);
CREATE INDEX webhook_deliveries_by_age ON webhook_deliveries (last_received_at);
