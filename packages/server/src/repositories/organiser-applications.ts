// What organisers read of applications (CONTRACT.md §4.2): a track's list, oldest first (the order they
// came in, `seq`), filtered by status and by words in the name, e-mail address or organisation; and one
// application with the ETag a decision names in If-Match. Built with the shared views, so the list,
// the CSV and one application say the same.
import type { OrganiserApplication } from '@ino/sdk';
import { etagOf, readStatuses, stableJson, type LearningTrackRecord, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { APPLICATION_COLUMNS, organiserApplicationOf, type ApplicationRow } from './application-views.js';
import { selectPage, Where } from './sql.js';

/** The track's record; undefined when there is no such track. */
export async function trackRecord(db: Queryable, trackId: string): Promise<LearningTrackRecord | undefined> {
  const [row] = await db.query<{ record: LearningTrackRecord }>('SELECT record FROM learning_tracks WHERE id = $1', [trackId]);
  return row?.record;
}

/** `%word%` for ILIKE, with the characters ILIKE would read as patterns taken literally. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The personal fields `q` looks in; once erased, an application has none, so no word finds it. */
const SEARCHED = ['givenName', 'familyName', 'email', 'organisation'].map((field) => `a.request->>'${field}' ILIKE $?`).join(' OR ');

/** The filters of the list: `status` (comma-separated) and every word of `q` in one of the searched fields. */
function filters(trackId: string, query: URLSearchParams): Where {
  const statuses = readStatuses(query, []);
  const where = new Where().add('a.track_id = $?', trackId).add('a.status = ANY($?::text[])', statuses.length ? statuses : undefined);
  for (const word of (query.get('q') ?? '').split(/\s+/).filter(Boolean)) where.add(`(${SEARCHED})`, containing(word));
  return where;
}

/** One page of a track's applications (`limit`, `cursor` as the public lists take them). */
export async function pageOfApplications(db: Queryable, trackId: string, query: URLSearchParams): Promise<PageOf<OrganiserApplication>> {
  const page = await selectPage<ApplicationRow>(db, query, {
    columns: APPLICATION_COLUMNS,
    from: 'applications a',
    where: filters(trackId, query),
    orderBy: 'a.seq',
  });
  return { ...page, items: page.items.map(organiserApplicationOf) };
}

/** Every application of a track that the filters let through, for the CSV. */
export async function allApplications(db: Queryable, trackId: string, query: URLSearchParams): Promise<OrganiserApplication[]> {
  const where = filters(trackId, query);
  const rows = await db.query<ApplicationRow>(`SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE ${where.sql} ORDER BY a.seq`, where.params);
  return rows.map(organiserApplicationOf);
}

/** The track an application belongs to (it never changes), and that track's record. */
export async function trackOfApplication(db: Queryable, id: string): Promise<{ trackId: string; record: LearningTrackRecord } | undefined> {
  const [row] = await db.query<{ trackId: string; record: LearningTrackRecord }>(
    'SELECT a.track_id AS "trackId", t.record FROM applications a JOIN learning_tracks t ON t.id = a.track_id WHERE a.id = $1',
    [id],
  );
  return row;
}

export interface VersionedApplication {
  application: OrganiserApplication;
  /** Of the application as organisers see it: any change (status, position, history) changes it. */
  etag: string;
}

export async function oneApplication(db: Queryable, id: string): Promise<VersionedApplication | undefined> {
  const [row] = await db.query<ApplicationRow>(`SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1`, [id]);
  if (!row) return undefined;
  const application = organiserApplicationOf(row);
  return { application, etag: etagOf(stableJson(application)) };
}
