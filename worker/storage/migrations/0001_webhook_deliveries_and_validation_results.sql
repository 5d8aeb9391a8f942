-- Webhook deliveries and stored validation results. Encounters are health data, so
-- neither table keeps a request body: a delivery row holds what idempotency and
-- auditing need, a result row holds the answer exactly as it was sent.

-- One row per Standard Webhooks message id; redeliveries update the same row.
CREATE TABLE webhook_deliveries (
  id INTEGER PRIMARY KEY,
  -- The `webhook-id` header: the idempotency key. The unique constraint is what makes
  -- two concurrent deliveries of one id process once: only one INSERT can claim it.
  webhook_id TEXT NOT NULL,
  -- processing: claimed, being evaluated; processed: a result is stored;
  -- ignored: an event type ClaimLint does not handle; rejected: signed but invalid.
  status TEXT NOT NULL CHECK (status IN ('processing', 'processed', 'ignored', 'rejected')),
  -- The envelope's `type`, once the body has been read (NULL when it could not be).
  event_type TEXT,
  -- For rejected deliveries: the problem code and schema errors (pointers and messages,
  -- never the offending values), so a redelivery gets the same answer.
  problem_code TEXT,
  problem_errors TEXT,
  -- ISO 8601 instants: first arrival, the current claim (to take over a stale one), last
  -- arrival and how many times the message arrived.
  received_at TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  completed_at TEXT,
  last_received_at TEXT NOT NULL,
  delivery_count INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT webhook_deliveries_webhook_id_unique UNIQUE (webhook_id)
);

-- Every validation answered, by the webhook or the validate API; the newest row for an
-- encounter is its current result, the older rows are its history.
CREATE TABLE validation_results (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  encounter_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pass', 'warn', 'fail')),
  ruleset_version TEXT NOT NULL,
  ruleset_hash TEXT NOT NULL,
  -- How the encounter arrived: a signed webhook delivery or the synchronous validate API.
  received_via TEXT NOT NULL CHECK (received_via IN ('webhook', 'api')),
  -- The delivery that produced it (webhook results only); unique, so one delivery
  -- can never store two results.
  webhook_id TEXT REFERENCES webhook_deliveries (webhook_id),
  validated_at TEXT NOT NULL,
  -- The ValidationResult JSON as answered (validation-result.schema.json).
  result TEXT NOT NULL,
  CONSTRAINT validation_results_webhook_id_unique UNIQUE (webhook_id),
  CHECK ((received_via = 'webhook') = (webhook_id IS NOT NULL))
);

CREATE INDEX validation_results_by_encounter ON validation_results (encounter_id, id DESC);
