-- A rejected delivery keeps how many violations it had, not only the first 20 listed, so a
-- redelivery answers the same problem as the first arrival (errorCount included).
ALTER TABLE webhook_deliveries ADD COLUMN problem_error_count INTEGER;
