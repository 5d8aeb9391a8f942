-- Jobs: NDJSON files of encounters validated in the background (POST /v1/jobs). The file and
-- the answers live in R2; D1 holds what progress needs. Progress is derived from the chunks
-- recorded as done, one row per chunk, so a chunk the queue delivers twice counts once.

CREATE TABLE jobs (
  -- A random UUID: the name the caller polls.
  id TEXT PRIMARY KEY,
  -- The release the caller pinned with ?ruleset=, else NULL (each encounter's date of service chooses).
  ruleset_version TEXT,
  -- Encounters (non-blank lines) in the file, the chunks they were split into, the file's size.
  total INTEGER NOT NULL CHECK (total > 0),
  chunk_count INTEGER NOT NULL CHECK (chunk_count > 0),
  input_bytes INTEGER NOT NULL,
  -- ISO 8601 instants; completed_at is set by the consumer that records the last chunk.
  created_at TEXT NOT NULL,
  completed_at TEXT
);

CREATE TABLE job_chunks (
  job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  chunk INTEGER NOT NULL,
  -- validated: its results are in R2; failed: it kept failing, its encounters are answered
  -- with an internal-error problem each.
  outcome TEXT NOT NULL CHECK (outcome IN ('validated', 'failed')),
  -- Encounters in the chunk by how they were answered.
  pass_count INTEGER NOT NULL,
  warn_count INTEGER NOT NULL,
  fail_count INTEGER NOT NULL,
  problem_count INTEGER NOT NULL,
  error_count INTEGER NOT NULL,
  completed_at TEXT NOT NULL,
  PRIMARY KEY (job_id, chunk)
);
