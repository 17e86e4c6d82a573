import type { KnownLang as Lang, LearningTrack } from '@ino/sdk';
import { DEFAULT_TRACK_STATUSES, readStatuses, type LearningTrackRecord, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';
import { selectPage, Where } from './sql.js';

interface TrackRow {
  record: LearningTrackRecord;
  live_status: string;
  seats_taken: number;
}

/** A track as it stands: the seats its applications took, and the status that follows from them. */
const COLUMNS = 't.record, t.live_status, t.seats_taken_before + t.confirmed AS seats_taken';

async function build(db: Queryable, rows: TrackRow[], lang: Lang): Promise<LearningTrack[]> {
  const builder = await builderFor(db, rows.flatMap((row) => row.record.organisers));
  return rows.map((row) => ({ ...builder.learningTrack(row.record, lang, row.seats_taken), status: row.live_status }));
}

/** GET /learning-tracks (CONTRACT.md §3.3): by default those one can still sign up for, by start date. */
export async function listLearningTracks(db: Queryable, query: URLSearchParams, lang: Lang): Promise<PageOf<LearningTrack>> {
  const where = new Where()
    .add('t.live_status = ANY($?::text[])', readStatuses(query, DEFAULT_TRACK_STATUSES))
    .add('EXISTS (SELECT 1 FROM learning_track_themes x WHERE x.track_id = t.id AND x.theme_id = $?)', query.get('theme'))
    .add('EXISTS (SELECT 1 FROM learning_track_organisations x WHERE x.track_id = t.id AND x.organisation_id = $?)', query.get('organiser'));
  const page = await selectPage<TrackRow>(db, query, { columns: COLUMNS, from: 'learning_tracks t', where, orderBy: 't.starts_at ASC NULLS LAST, t.id COLLATE "C"' });
  return { ...page, items: await build(db, page.items, lang) };
}

export async function getLearningTrack(db: Queryable, id: string, lang: Lang): Promise<LearningTrack | undefined> {
  const rows = await db.query<TrackRow>(`SELECT ${COLUMNS} FROM learning_tracks t WHERE t.id = $1`, [id]);
  return rows.length ? (await build(db, rows, lang))[0] : undefined;
}
