-- The content the API serves, as the dataset held it then (0003_records.sql moves to the records of CONTRACT.md §4.1).
-- Each resource keeps its normalised record (Dutch text, translations, ids of what it names) in
-- `record`; the columns beside it are taken from the record by the loader, so that filters, sorts
-- and pages run in SQL, and the link tables let the database check every id a record names.
-- Only the loader (src/cli/load-dataset.ts) writes these tables, in one transaction.

CREATE TABLE organisations (
  id text PRIMARY KEY,
  kind text NOT NULL,
  level text NOT NULL,
  nis text,
  -- The name in lower case without accents: the `q` filter and the order of the list.
  folded_name text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX organisations_by_nis ON organisations (nis) WHERE nis IS NOT NULL;

CREATE TABLE themes (
  id text PRIMARY KEY,
  position integer NOT NULL,
  label jsonb NOT NULL
);

CREATE TABLE programmes (
  id text PRIMARY KEY,
  label jsonb NOT NULL
);

CREATE TABLE practices (
  id text PRIMARY KEY,
  level text NOT NULL,
  ladder_rung smallint CHECK (ladder_rung BETWEEN 1 AND 5),
  facet text,
  stage text,
  updated_at timestamptz NOT NULL,
  -- Title, summary and description in each language (Dutch where a translation lacks one), folded
  -- like organisations.folded_name: what `q` searches.
  search_nl text NOT NULL,
  search_fr text NOT NULL,
  search_en text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX practices_by_update ON practices (updated_at DESC, id);

CREATE TABLE practice_organisations (
  practice_id text NOT NULL REFERENCES practices ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations,
  PRIMARY KEY (practice_id, organisation_id)
);
CREATE INDEX practice_organisations_by_organisation ON practice_organisations (organisation_id);

CREATE TABLE practice_themes (
  practice_id text NOT NULL REFERENCES practices ON DELETE CASCADE,
  theme_id text NOT NULL REFERENCES themes,
  PRIMARY KEY (practice_id, theme_id)
);
CREATE INDEX practice_themes_by_theme ON practice_themes (theme_id);

CREATE TABLE challenges (
  id text PRIMARY KEY,
  status text NOT NULL,
  programme_id text REFERENCES programmes,
  closes_at timestamptz,
  updated_at timestamptz NOT NULL,
  -- NIS codes of the municipalities the challenge applies to.
  municipalities text[] NOT NULL,
  search_nl text NOT NULL,
  search_fr text NOT NULL,
  search_en text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX challenges_by_status_closing ON challenges (status, closes_at, id);

CREATE TABLE challenge_organisations (
  challenge_id text NOT NULL REFERENCES challenges ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations,
  role text NOT NULL CHECK (role IN ('owner', 'partner')),
  PRIMARY KEY (challenge_id, organisation_id, role)
);
CREATE INDEX challenge_organisations_by_organisation ON challenge_organisations (organisation_id);

CREATE TABLE challenge_themes (
  challenge_id text NOT NULL REFERENCES challenges ON DELETE CASCADE,
  theme_id text NOT NULL REFERENCES themes,
  PRIMARY KEY (challenge_id, theme_id)
);
CREATE INDEX challenge_themes_by_theme ON challenge_themes (theme_id);

CREATE TABLE learning_tracks (
  id text PRIMARY KEY,
  -- The status the dataset gives; `live_status` is the one served.
  status text NOT NULL,
  admission text NOT NULL,
  seats integer CHECK (seats >= 0),
  -- Seats taken outside this server (the dataset's seatsTaken); applications add `confirmed`.
  seats_taken_before integer NOT NULL CHECK (seats_taken_before >= 0),
  waitlist boolean NOT NULL,
  starts_at timestamptz,
  record jsonb NOT NULL,
  -- Written by applications only (src/repositories/applications.ts), under a lock on this row.
  confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
  waitlisted integer NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
  -- A first-come track that has filled up keeps taking sign-ups for its waitlist (CONTRACT.md §3.3).
  live_status text GENERATED ALWAYS AS (
    CASE WHEN status = 'open' AND waitlist AND seats IS NOT NULL AND seats_taken_before + confirmed >= seats THEN 'waitlist' ELSE status END
  ) STORED
);

CREATE TABLE learning_track_organisations (
  track_id text NOT NULL REFERENCES learning_tracks ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations,
  PRIMARY KEY (track_id, organisation_id)
);
CREATE INDEX learning_track_organisations_by_organisation ON learning_track_organisations (organisation_id);

CREATE TABLE learning_track_themes (
  track_id text NOT NULL REFERENCES learning_tracks ON DELETE CASCADE,
  theme_id text NOT NULL REFERENCES themes,
  PRIMARY KEY (track_id, theme_id)
);

-- One row: the participation ladder's version and its five rungs in every language.
CREATE TABLE participation_ladder (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version text NOT NULL,
  rungs jsonb NOT NULL
);
