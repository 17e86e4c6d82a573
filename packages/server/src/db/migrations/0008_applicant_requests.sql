-- The applicant's own requests (CONTRACT.md §3.7) and what keeps one client from taking a whole track
-- (issue 14, "seat squatting"): docs/server.md, "Seat squatting".

-- The first answer to each POST /me/application/{cancel,accept}, by its Idempotency-Key, so that a retry
-- whose first answer was lost hears that answer again (a retried accept is not a 409). It holds the
-- applicant's personal data (a MyApplication), so it goes with the application's data (the trigger below).
CREATE TABLE applicant_requests (
  application_id text NOT NULL REFERENCES applications ON DELETE CASCADE,
  idempotency_key text NOT NULL,
  -- cancel or accept: the same key on the other route is an idempotency-mismatch.
  action text NOT NULL CHECK (action IN ('cancel', 'accept')),
  status integer NOT NULL,
  -- A MyApplication (200), or { problem, detail } for a refusal.
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (application_id, idempotency_key)
);

-- The client address an application came from, as an HMAC under a key derived per track from the
-- server's own key (auth/address-fingerprint.ts): the cap per track and address (INO_APPLICATIONS_PER_ADDRESS)
-- counts by it; the address itself is never stored, and the same address on two tracks cannot be linked.
ALTER TABLE applications ADD COLUMN address_fingerprint text;
CREATE INDEX applications_by_address ON applications (track_id, address_fingerprint) WHERE address_fingerprint IS NOT NULL;

-- With INO_CONFIRM_EMAIL: until when the application holds its place without the applicant having
-- opened the manage link from the first mail; null once opened (or when the operator does not ask).
ALTER TABLE applications ADD COLUMN confirm_by timestamptz;
CREATE INDEX applications_unconfirmed ON applications (confirm_by) WHERE confirm_by IS NOT NULL;
-- When it lapsed that way. A lapsed application no longer holds its e-mail address on the track: the
-- address may have been typed by someone else, and its owner must be able to apply (issue 14). It keeps
-- its email_key, so that erasure and subject access by address still find it.
ALTER TABLE applications ADD COLUMN lapsed_at timestamptz;
ALTER TABLE applications DROP CONSTRAINT applications_one_per_email;
CREATE UNIQUE INDEX applications_one_per_email ON applications (track_id, email_key) WHERE lapsed_at IS NULL;

-- Erasure and retention (§4.3) set erased_at; whichever code does it, the fingerprint, the pending
-- confirmation and the stored answers go with the personal data.
CREATE FUNCTION erase_applicant_traces() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.erased_at IS NOT NULL THEN
    NEW.address_fingerprint := NULL;
    NEW.confirm_by := NULL;
    DELETE FROM applicant_requests WHERE application_id = NEW.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER applications_erase_applicant_traces BEFORE UPDATE OF erased_at ON applications
  FOR EACH ROW EXECUTE FUNCTION erase_applicant_traces();
