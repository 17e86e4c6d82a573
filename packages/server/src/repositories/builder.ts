// Resources are built from their records by the mock API's ResourceBuilder, so the server and the mock
// resolve ids and fall back to Dutch in exactly the same way. This gives it what a page of records
// names, read from the database.
import { ResourceBuilder } from '@ino/mock-api/shared';
import type { Dataset, LocalisedLabel, OrganisationRecord } from '@ino/mock-api/dataset';
import type { Queryable } from '../db/database.js';

export async function builderFor(db: Queryable, organisationIds: readonly string[], ladder: Dataset['ladder'] = { version: '', rungs: [] }): Promise<ResourceBuilder> {
  const [organisations, themes, programmes] = await Promise.all([
    organisationIds.length
      ? db.query<{ record: OrganisationRecord }>('SELECT record FROM organisations WHERE id = ANY($1::text[])', [[...new Set(organisationIds)]])
      : Promise.resolve([]),
    db.query<{ id: string; label: LocalisedLabel }>('SELECT id, label FROM themes ORDER BY position'),
    db.query<{ id: string; label: LocalisedLabel }>('SELECT id, label FROM programmes'),
  ]);
  return new ResourceBuilder({
    organisations: organisations.map((row) => row.record),
    themes,
    programmes,
    ladder,
    practices: [],
    challenges: [],
    learningTracks: [],
  });
}
