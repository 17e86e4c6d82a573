-- The seat rules of CONTRACT.md §4.2 (the contract's seats/cohort.ts), the applicant's own application
-- (§3.7) and the mails about it (§5). A track's applications change only in a transaction that holds its
-- row's lock (src/repositories/cohorts.ts): the statuses, positions, offers and history below, the
-- track's counts, and the outbox of mails, all at once.

ALTER TABLE applications DROP CONSTRAINT applications_status_check;
ALTER TABLE applications ADD CONSTRAINT applications_status_check
  CHECK (status IN ('received', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled'));

-- The order they came in, for the queue and for "oldest first" when two share a received_at.
ALTER TABLE applications ADD COLUMN seq bigserial;
ALTER TABLE applications ADD COLUMN lang text NOT NULL DEFAULT 'nl';
-- Until when an offered seat is held; only while `offered`.
ALTER TABLE applications ADD COLUMN offer_expires_at timestamptz;
ALTER TABLE applications ADD CONSTRAINT applications_deadline_iff_offered CHECK ((status = 'offered') = (offer_expires_at IS NOT NULL));
-- Every change of status: [{ at, from, to, by, note? }].
ALTER TABLE applications ADD COLUMN history jsonb NOT NULL DEFAULT '[]';
ALTER TABLE applications ADD COLUMN updated_at timestamptz;
UPDATE applications SET
  history = jsonb_build_array(jsonb_build_object('at', to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'from', NULL, 'to', status, 'by', 'applicant')),
  updated_at = received_at,
  lang = coalesce(request->>'lang', 'nl');
ALTER TABLE applications ALTER COLUMN updated_at SET NOT NULL;

-- Hex SHA-256 of the manage token (§3.7): the token itself only travels in the applicant's mails.
ALTER TABLE applications ADD COLUMN manage_token_hash text UNIQUE;
-- Keys the server makes for itself once (auth/manage-tokens.ts), shared by every process.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
-- Erasure (§4.3) removes the personal data and the token; status, dates and history stay.
ALTER TABLE applications ADD COLUMN erased_at timestamptz;
ALTER TABLE applications ALTER COLUMN request DROP NOT NULL;
ALTER TABLE applications ALTER COLUMN email_key DROP NOT NULL;
ALTER TABLE applications ADD CONSTRAINT applications_erased_without_data
  CHECK (erased_at IS NULL OR (request IS NULL AND email_key IS NULL AND manage_token_hash IS NULL));

-- Moving a line up renumbers several rows in one statement or transaction: checked at commit.
DROP INDEX applications_one_per_position;
ALTER TABLE applications ADD CONSTRAINT applications_one_per_position UNIQUE (track_id, waitlist_position) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX applications_offers_due ON applications (offer_expires_at) WHERE status = 'offered';
CREATE INDEX applications_by_track ON applications (track_id, seq);

-- Seats this service gave: confirmed plus offered (an offer holds its seat).
ALTER TABLE learning_tracks RENAME COLUMN confirmed TO seats_held;

-- One mail per event per application (§5), written in the transaction of the event and sent by the
-- delivery worker: a crash loses none. The Message-ID is made from `id`, so a resend is the same mail.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications ON DELETE CASCADE,
  -- received, confirmed, waitlisted, offered, declined, cancelled, track-cancelled
  event text NOT NULL,
  -- What the mail states as it was at the event: { waitlistPosition?, offerExpiresAt?, by? }.
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
