import { trackStatusAt, type KnownLang as Lang, type LearningTrack } from '@ino/sdk';
import { DEFAULT_TRACK_STATUSES, paginate, readStatuses, type LearningTrackRecord, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';
import { Where } from './sql.js';

interface TrackRow {
  record: LearningTrackRecord;
  seats_taken: number;
}

/** A track as it stands: the seats its applications took. */
const COLUMNS = 't.record, t.seats_taken_before + t.seats_held AS seats_taken';

/** The status the clock (its application window) and its seats give a track at `now`: the SDK's rule. */
const statusAt = (row: TrackRow, now: Date) => trackStatusAt({ ...row.record, seatsTaken: row.seats_taken }, now);

async function build(db: Queryable, rows: TrackRow[], lang: Lang, now: Date): Promise<LearningTrack[]> {
  const builder = await builderFor(
    db,
    rows.flatMap((row) => row.record.organisers),
  );
  return rows.map((row) => ({ ...builder.learningTrack(row.record, lang, row.seats_taken), status: statusAt(row, now) }));
}

/**
 * GET /learning-tracks (CONTRACT.md §3.3): by default those one can still sign up for, by start date.
 * The status depends on the time, so the statuses are filtered here rather than in SQL: a network runs
 * tens of tracks, not thousands.
 */
export async function listLearningTracks(db: Queryable, query: URLSearchParams, lang: Lang, now: Date): Promise<PageOf<LearningTrack>> {
  const where = new Where()
    .add('EXISTS (SELECT 1 FROM learning_track_themes x WHERE x.track_id = t.id AND x.theme_id = $?)', query.get('theme'))
    .add('EXISTS (SELECT 1 FROM learning_track_organisations x WHERE x.track_id = t.id AND x.organisation_id = $?)', query.get('organiser'));
  const rows = await db.query<TrackRow>(
    `SELECT ${COLUMNS} FROM learning_tracks t WHERE ${where.sql} ORDER BY t.starts_at ASC NULLS LAST, t.id COLLATE "C"`,
    where.params,
  );
  const wanted = readStatuses(query, DEFAULT_TRACK_STATUSES);
  const page = paginate(
    rows.filter((row) => wanted.includes(statusAt(row, now))),
    query,
  );
  return { ...page, items: await build(db, page.items, lang, now) };
}

export async function getLearningTrack(db: Queryable, id: string, lang: Lang, now: Date): Promise<LearningTrack | undefined> {
  const rows = await db.query<TrackRow>(`SELECT ${COLUMNS} FROM learning_tracks t WHERE t.id = $1`, [id]);
  return rows.length ? (await build(db, rows, lang, now))[0] : undefined;
}
