-- Shadow evaluation of published releases (POST /v1/admin/releases): while a release is in
-- shadow, validations are evaluated against it too, after the answer is sent, and what it would
-- have answered differently is counted here by kind. Only counts and a few encounterIds are kept,
-- never an encounter or an answer.

CREATE TABLE release_shadow_differences (
  -- The release in shadow.
  version TEXT NOT NULL,
  -- status | finding-added | finding-removed | billing; and two totals per release:
  -- compared (every validation evaluated against it) and differing (those answered differently).
  kind TEXT NOT NULL,
  -- Which change: `pass → fail`, a rule id, `lines` or `totalTimedUnits`; '' for the totals.
  detail TEXT NOT NULL DEFAULT '',
  count INTEGER NOT NULL DEFAULT 0,
  -- JSON array of at most 5 {"tenant", "encounterId"}: the first encounters that showed it.
  examples TEXT NOT NULL DEFAULT '[]',
  -- ISO 8601 instants.
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  PRIMARY KEY (version, kind, detail)
);
