-- A step of the seat rules reads only the applications in play on its track and counts the confirmed
-- ones it leaves out (repositories/cohorts.ts): both from an index of their own, so that a track's
-- hundreds of confirmed applications are not read row by row on every step.
CREATE INDEX applications_in_play ON applications (track_id, seq) WHERE status IN ('received', 'waitlisted', 'offered') OR confirm_by IS NOT NULL;
CREATE INDEX applications_confirmed ON applications (track_id, id) WHERE status = 'confirmed' AND confirm_by IS NULL;
