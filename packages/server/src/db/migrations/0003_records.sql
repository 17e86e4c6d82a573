-- Records in the format of CONTRACT.md §4.1 (packages/contract/content/content.json): a theme or a
-- programme is a record like the rest, and the participation ladder is kept per language as served.
-- Records of the earlier shape are not converted: their translations could be partial and lack what a
-- whole translation now has (a track's questions, consent text and places), so content is loaded anew.
-- Removing the ladder marks the database as holding no content: a server with INO_SEED=if-empty loads
-- the bundled content at its next start; one with INO_SEED=never refuses to start until
-- `npm run load-dataset` has loaded a file in the new format. Learning tracks are replaced by id, so
-- applications and the seats they took stay.

ALTER TABLE themes DROP COLUMN label;
ALTER TABLE themes ADD COLUMN record jsonb NOT NULL DEFAULT '{}';
ALTER TABLE themes ALTER COLUMN record DROP DEFAULT;

ALTER TABLE programmes DROP COLUMN label;
ALTER TABLE programmes ADD COLUMN record jsonb NOT NULL DEFAULT '{}';
ALTER TABLE programmes ALTER COLUMN record DROP DEFAULT;

DROP TABLE participation_ladder;
-- One row per language: the ladder as GET /participation-ladder answers it.
CREATE TABLE participation_ladder (
  lang text PRIMARY KEY,
  ladder jsonb NOT NULL
);
