// What a new version of a learning track's record (an organiser's PUT, CONTRACT.md §4.1) does to its
// applications, in the transaction that writes it: other seats (its `seats`, or those it says were
// taken elsewhere) go through the seat rules' setSeats, so more seats are offered to those in line
// (§4.2 "Seats"); a track that becomes `cancelled` tells each active applicant (§5).
import { setSeats, type LearningTrackRecord } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { lockCohort, queueTrackCancelled, saveCohort } from './cohorts.js';

/** `before` is absent for a track that is new: it has no applications yet. */
export async function settleTrackChange(
  tx: Queryable,
  before: LearningTrackRecord | undefined,
  after: LearningTrackRecord,
  now: Date,
  offerWindowSeconds: number,
): Promise<void> {
  if (!before) return;
  if (before.seats !== after.seats || before.seatsTaken !== after.seatsTaken) {
    // The row holds the new record already: the cohort comes with the new number of seats.
    const locked = (await lockCohort(tx, after.id, offerWindowSeconds))!;
    await saveCohort(tx, after.id, locked, setSeats(locked.cohort, locked.cohort.seats, now), now);
  }
  if (after.status === 'cancelled' && before.status !== 'cancelled') await queueTrackCancelled(tx, after.id, now);
}
