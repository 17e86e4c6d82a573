// Retention (CONTRACT.md §4.3): a track's applications lose their personal data a set number of days
// (INO_RETENTION_DAYS) after the track is over. Run once a day by the server (main.ts) and on demand
// by `ino-server retention run`; the clock is an argument, so both sides of every boundary are tested.
//
// When a track is over:
// - its last session's end; the days are calendar days in Brussels, so a session that ends at 16:30
//   loses its applicants' data at 16:30 Brussels time, in summer or winter;
// - once its record says `cancelled`, the record's `updatedAt` (whoever cancels sets it, as with every
//   change; it travels with the record through exports and loads, which an audit entry would not);
// - a `completed` track without sessions: its `updatedAt` too, so that no track keeps data for ever.
// The earlier of these counts. A track with neither keeps its applications until it has one.
import { addBrusselsDays, type LearningTrackRecord } from '@ino/contract';
import { audit } from '../db/audit.js';
import type { Database } from '../db/database.js';
import { loggableError } from '../db/loggable-error.js';
import { countByTrack, erasePersonalData } from './erasure.js';

/** When a track is over for retention; undefined while it is not (see above). */
export function trackOverAt(track: Pick<LearningTrackRecord, 'sessions' | 'status' | 'updatedAt'>): Date | undefined {
  const ends = track.sessions.map((session) => Date.parse(session.endsAt));
  const lastSession = ends.length ? Math.max(...ends) : undefined;
  const statusSince = track.status === 'cancelled' || (track.status === 'completed' && lastSession === undefined) ? Date.parse(track.updatedAt) : undefined;
  const candidates = [lastSession, statusSince].filter((time): time is number => time !== undefined);
  return candidates.length ? new Date(Math.min(...candidates)) : undefined;
}

/** When a track's applications lose their personal data: `days` Brussels calendar days after it is over. */
export function personalDataDueAt(track: Pick<LearningTrackRecord, 'sessions' | 'status' | 'updatedAt'>, days: number): Date | undefined {
  const over = trackOverAt(track);
  return over && addBrusselsDays(over, days);
}

export interface RetentionRun {
  /** Applications that lost (or, in a dry run, would lose) their personal data, per track id. */
  tracks: Record<string, number>;
  applications: number;
}

export interface RetentionOptions {
  now: Date;
  days: number;
  /** Who the audit log names: `command line`, or `system` for the server's daily run. */
  actor: string;
  /** Count what is due, change nothing, write no audit entry. */
  dryRun?: boolean;
}

/**
 * Erases the personal data that is due at `now`, in one transaction with its audit entry
 * (`retention.run`, with the counts; written for a run that found nothing too, so every run is there).
 */
export async function runRetention(db: Database, { now, days, actor, dryRun = false }: RetentionOptions): Promise<RetentionRun> {
  return db.transaction(async (tx) => {
    const held = await tx.query<{ id: string; record: LearningTrackRecord; applications: number }>(
      `SELECT t.id, t.record, count(*)::int AS applications
       FROM learning_tracks t JOIN applications a ON a.track_id = t.id
       WHERE a.erased_at IS NULL GROUP BY t.id ORDER BY t.id`,
    );
    const due = held.filter((track) => {
      const at = personalDataDueAt(track.record, days);
      return at !== undefined && at.getTime() <= now.getTime();
    });
    if (dryRun) {
      const tracks = Object.fromEntries(due.map((track) => [track.id, track.applications]));
      return { tracks, applications: due.reduce((sum, track) => sum + track.applications, 0) };
    }
    const erased = due.length ? await erasePersonalData(tx, { trackIds: due.map((track) => track.id) }, now) : [];
    const run = { tracks: countByTrack(erased), applications: erased.length };
    await audit(tx, { at: now, actor, action: 'retention.run', target: 'applications', detail: { days, ...run } });
    return run;
  });
}

/** How often the server runs retention by itself. */
export const RETENTION_INTERVAL_MS = 86_400_000;

/**
 * Runs retention now and then every `intervalMs` as `system`, until stopped; the stop resolves once a
 * run under way has ended. The timer does not keep the process alive, and a failed run (the database
 * away for a moment) is logged, never thrown, and tried again at the next tick.
 */
export function startRetention(db: Database, clock: () => Date, days: number, intervalMs = RETENTION_INTERVAL_MS): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    // A run slower than the interval is not started twice.
    running ??= runRetention(db, { now: clock(), days, actor: 'system' })
      .then(
        ({ applications, tracks }) => {
          if (applications) console.log(`Retention: ${applications} applications on ${Object.keys(tracks).length} tracks lost their personal data.`);
        },
        (error: unknown) => console.error(`Retention failed; it runs again in ${intervalMs / 3_600_000} h:`, loggableError(error)),
      )
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
