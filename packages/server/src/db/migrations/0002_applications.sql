-- Sign-ups for learning tracks (CONTRACT.md §3.4). An application is written in the transaction that
-- locks its track's row and counts it there (learning_tracks.confirmed / waitlisted); the unique
-- constraints hold even if that discipline were ever broken: one application per key and per e-mail
-- address on a track, one application per waitlist position.

CREATE TABLE applications (
  id text PRIMARY KEY,
  track_id text NOT NULL REFERENCES learning_tracks,
  idempotency_key text NOT NULL,
  -- SHA-256 of the request body as JSON with sorted keys: a retry with the same key must send the same body.
  body_hash text NOT NULL,
  -- The trimmed address in lower case (computed in the server, so it is the same on every database).
  email_key text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'confirmed', 'waitlisted')),
  waitlist_position integer CHECK (waitlist_position >= 1),
  -- What the person sent, as validated (trimmed): the data the organisers need.
  request jsonb NOT NULL,
  -- The 201 answer, given again (as a 200) to a retry: json, not jsonb, keeps it as it was written.
  response json NOT NULL,
  received_at timestamptz NOT NULL,
  CONSTRAINT applications_one_per_key UNIQUE (track_id, idempotency_key),
  CONSTRAINT applications_one_per_email UNIQUE (track_id, email_key),
  CONSTRAINT applications_position_iff_waitlisted CHECK ((status = 'waitlisted') = (waitlist_position IS NOT NULL))
);
CREATE UNIQUE INDEX applications_one_per_position ON applications (track_id, waitlist_position) WHERE waitlist_position IS NOT NULL;
