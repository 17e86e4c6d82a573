-- Personal data (CONTRACT.md §4.3): an erased application keeps nothing derived from what the person
-- sent, so the hash of the request body (kept to tell a retry from another body under the same
-- Idempotency-Key) goes too: a retry of an erased application is then a different body, 422.
ALTER TABLE applications ALTER COLUMN body_hash DROP NOT NULL;
ALTER TABLE applications ADD CONSTRAINT applications_erased_without_body_hash CHECK (erased_at IS NULL OR body_hash IS NULL);

-- The audit log's time is the server's clock at the change (db/audit.ts), given with every entry, not
-- the database's: the clock the rest of the server decides by, and the one tests set.
ALTER TABLE audit_log ALTER COLUMN at DROP DEFAULT;
