-- Jobs belong to the tenant of the API key that submitted them, like stored results: another
-- tenant's key never finds them. Jobs from before tenants belong to `default`. The retention
-- cron deletes jobs by their creation time, hence the index.

ALTER TABLE jobs ADD COLUMN tenant TEXT NOT NULL DEFAULT 'default';

CREATE INDEX jobs_by_created_at ON jobs (created_at);
