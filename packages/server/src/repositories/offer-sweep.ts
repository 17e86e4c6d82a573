// Offers that run out (CONTRACT.md §4.2 "Seats"): an offered seat past its deadline becomes `cancelled`
// and passes to the next in line. The seat rules expire offers whenever a track's cohort takes a step;
// this sweep makes sure it happens when no step comes: before the public API shows a track's seats,
// before an organiser reads its applications, and every 30 s by a timer in the server, so the next in
// line is offered the seat (and mailed) in time. Each track in its own transaction under its lock, so
// a sweep never waits on more than one track and a failure leaves the others swept.
import { expireOffers } from '@ino/contract';
import type { Database } from '../db/database.js';
import { loggableError } from '../db/loggable-error.js';
import { cohortTransaction, lockCohort, saveCohort } from './cohorts.js';

/** How often the server sweeps by itself. */
export const OFFER_SWEEP_INTERVAL_MS = 30_000;

/**
 * Expires the offers due at `now`, on every track or only on `trackId`; resolves how many tracks it
 * changed. With nothing due it costs one query on the `applications_offers_due` index.
 */
export async function expireDueOffers(db: Database, now: Date, offerWindowSeconds: number, trackId?: string): Promise<number> {
  const due = await db.query<{ track_id: string }>(
    `SELECT DISTINCT track_id FROM applications WHERE status = 'offered' AND offer_expires_at <= $1 ${trackId ? 'AND track_id = $2' : ''}`,
    trackId ? [now, trackId] : [now],
  );
  for (const { track_id } of due) {
    await cohortTransaction(db, track_id, async (tx) => {
      // Another request may have expired them since the look: the rules then change nothing.
      const locked = await lockCohort(tx, track_id, offerWindowSeconds);
      if (locked) await saveCohort(tx, track_id, locked, expireOffers(locked.cohort, now), now);
    });
  }
  return due.length;
}

/**
 * Sweeps every `intervalMs` until stopped. The timer does not keep the process alive, and a failed
 * sweep (the database away for a moment) is logged and tried again at the next tick, never thrown.
 */
export function startOfferSweep(db: Database, clock: () => Date, offerWindowSeconds: number, intervalMs = OFFER_SWEEP_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    // A sweep slower than the interval is not started twice.
    if (running) return;
    running = true;
    expireDueOffers(db, clock(), offerWindowSeconds)
      .catch((error: unknown) => console.error(`Expiring offers failed; trying again in ${intervalMs / 1000} s:`, loggableError(error)))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
