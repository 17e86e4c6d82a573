// A track's applications as one cohort of the contract's seat rules (seats/cohort.ts), read and
// written in a transaction that holds the track's row lock: every step of the rules (an application,
// a decision, the applicant's cancel or accept, an offer that expires, a change of seats) loads the
// cohort, lets the rules decide, and writes back what changed, with a mail in the outbox for each new
// status (CONTRACT.md §5) and the track's counts. Two steps on one track never interleave.
//
// A step reads only the applications the rules can change: the ones in play (received, waitlisted,
// offered), those still to confirm their address (they may lapse), and the step's own targets. The
// others never change in a step the rules take: an application that ended (declined, cancelled) stays
// as it is, and a confirmed one only counts as a seat taken, so those are counted in SQL and come off
// the cohort's seats as seats taken elsewhere do. A track with a thousand confirmed applications then
// costs a step what a fresh one does. History grows by appending in SQL, never by rewriting it.
import {
  ACTIVE_STATUSES,
  cohortOf,
  seatsTaken,
  waitingLine,
  type Cohort,
  type HistoryEntry,
  type LearningTrackRecord,
  type SeatApplication,
  type SeatStatus,
} from '@ino/contract';
import { bumpContentVersion } from '../db/content-version.js';
import type { Database, Queryable } from '../db/database.js';

export interface LockedCohort {
  record: LearningTrackRecord;
  /** The content's seatsTaken: seats given outside this service. */
  seatsTakenElsewhere: number;
  /** Confirmed applications the cohort leaves out (none of the step's targets): seats they hold. */
  confirmedLeftOut: number;
  cohort: Cohort;
}

interface TrackRow {
  record: LearningTrackRecord;
  seats_taken_before: number;
}
interface CohortRow {
  confirmed_left_out: number;
  applications: {
    id: string;
    status: SeatStatus;
    waitlistPosition: number | null;
    offerExpiresAt: string | null;
    history: HistoryEntry[];
  }[];
}

/**
 * The applications a step reads ($1 the track, $2 the step's targets), see the top of this file, and
 * the confirmed ones it leaves out; each from its index (migration 0011).
 */
const COHORT = `SELECT
  (SELECT count(*)::int FROM applications
    WHERE track_id = $1 AND status = 'confirmed' AND confirm_by IS NULL AND NOT id = ANY($2::text[])) AS confirmed_left_out,
  (SELECT coalesce(json_agg(json_build_object('id', id, 'status', status, 'waitlistPosition', waitlist_position,
            'offerExpiresAt', offer_expires_at, 'history', history) ORDER BY seq), '[]')
    FROM applications
    WHERE track_id = $1 AND (status IN ('received', 'waitlisted', 'offered') OR confirm_by IS NOT NULL OR id = ANY($2::text[]))
  ) AS applications`;

const queues = new WeakMap<Database, Map<string, Promise<unknown>>>();

/**
 * A transaction on one track's cohort (every step that calls lockCohort runs in one). In this process
 * they run one after the other per track: a step waiting its turn then waits in memory, not holding one
 * of the pool's connections while it waits for the row lock, so a burst on one track (200 at once)
 * cannot take every connection from the other tracks and the reads. The row lock still orders the
 * steps of several processes.
 */
export function cohortTransaction<T>(db: Database, trackId: string, work: (tx: Queryable) => Promise<T>): Promise<T> {
  let byTrack = queues.get(db);
  if (!byTrack) queues.set(db, (byTrack = new Map()));
  const run = (byTrack.get(trackId) ?? Promise.resolve()).then(() => db.transaction(work));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  byTrack.set(trackId, settled);
  void settled.then(() => {
    if (byTrack.get(trackId) === settled) byTrack.delete(trackId);
  });
  return run;
}

/**
 * Locks the track's row and reads its cohort; undefined when there is no such track. `targets`: the
 * applications the step acts on by id (an organiser's decision, the applicant's own request), read
 * whatever their status, so that the rules can answer for them (a declined one cannot be selected).
 */
export async function lockCohort(
  tx: Queryable,
  trackId: string,
  offerWindowSeconds: number,
  targets: readonly string[] = [],
): Promise<LockedCohort | undefined> {
  const [track] = await tx.query<TrackRow>('SELECT record, seats_taken_before FROM learning_tracks WHERE id = $1 FOR UPDATE', [trackId]);
  if (!track) return undefined;
  // One statement after the lock, so that it sees every step before this one.
  const [{ confirmed_left_out: confirmedLeftOut, applications }] = (await tx.query<CohortRow>(COHORT, [trackId, targets])) as [CohortRow];
  const loaded: SeatApplication[] = applications.map((row) => ({
    id: row.id,
    status: row.status,
    ...(row.waitlistPosition === null ? {} : { waitlistPosition: row.waitlistPosition }),
    ...(row.offerExpiresAt === null ? {} : { offerExpiresAt: new Date(row.offerExpiresAt).toISOString() }),
    history: row.history,
  }));
  return {
    record: track.record,
    seatsTakenElsewhere: track.seats_taken_before,
    confirmedLeftOut,
    cohort: cohortOf(track.record, track.seats_taken_before + confirmedLeftOut, loaded, offerWindowSeconds * 1000),
  };
}

/** Seats this service's applications hold: those the cohort carries and the confirmed ones it left out. */
export const seatsHeld = (locked: LockedCohort, cohort: Cohort): number => locked.confirmedLeftOut + seatsTaken(cohort);

/**
 * Writes what the rules changed between the locked cohort and `after` (the rules copy an application
 * they change and keep the others as they were). Applications new in `after` are the caller's to
 * insert first. A new status queues its mail; a position that merely moves up does not.
 */
export async function saveCohort(tx: Queryable, trackId: string, locked: LockedCohort, after: Cohort, now: Date): Promise<void> {
  const previous = new Map(locked.cohort.applications.map((a) => [a.id, a]));
  for (const application of after.applications) {
    const was = previous.get(application.id);
    if (!was || was === application) continue;
    await tx.query(
      // Moving up the line is not a change of the application itself: its updatedAt stays.
      `UPDATE applications SET status = $2, waitlist_position = $3, offer_expires_at = $4, history = history || $5::jsonb,
         updated_at = CASE WHEN status = $2 THEN updated_at ELSE $6 END
       WHERE id = $1`,
      [
        application.id,
        application.status,
        application.waitlistPosition ?? null,
        application.offerExpiresAt ?? null,
        // The rules only ever append to a history.
        JSON.stringify(application.history.slice(was.history.length)),
        now,
      ],
    );
    if (was.status !== application.status) await queueMail(tx, application, now);
  }
  await tx.query('UPDATE learning_tracks SET seats_held = $2, waitlisted = $3 WHERE id = $1', [trackId, seatsHeld(locked, after), waitingLine(after).length]);
  // The public reads of tracks show the seats: their cached answers are renewed (db/content-version.ts).
  await bumpContentVersion(tx, 'seats');
}

/** One mail for the application's new status (§5), with what it says as it stands now. */
export async function queueMail(tx: Queryable, application: SeatApplication, now: Date): Promise<void> {
  const last = application.history.at(-1)!;
  // Who made the change decides how a mail words it (you cancelled / the organisers / the offer ran out);
  // an organiser's note is for the organisers, so only the system's own reasons go along.
  const by = last.by === 'applicant' || last.by === 'system' ? last.by : 'organiser';
  const detail = {
    by,
    ...(by === 'system' && last.note ? { reason: last.note } : {}),
    ...(application.waitlistPosition ? { waitlistPosition: application.waitlistPosition } : {}),
    ...(application.offerExpiresAt ? { offerExpiresAt: application.offerExpiresAt } : {}),
  };
  await tx.query('INSERT INTO outbox (application_id, event, detail, created_at, next_attempt_at) VALUES ($1, $2, $3::jsonb, $4, $4)', [
    application.id,
    application.status,
    JSON.stringify(detail),
    now,
  ]);
}

/**
 * The track itself is cancelled (§5 "the track's own cancellation"): one mail to each active application
 * whose data is still held. Their statuses stay as they are; the mail tells them.
 */
export async function queueTrackCancelled(tx: Queryable, trackId: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO outbox (application_id, event, detail, created_at, next_attempt_at)
     SELECT id, 'track-cancelled', '{"by":"organiser"}'::jsonb, $2, $2 FROM applications
     WHERE track_id = $1 AND status = ANY($3::text[]) AND erased_at IS NULL ORDER BY seq`,
    [trackId, now, ACTIVE_STATUSES],
  );
}
