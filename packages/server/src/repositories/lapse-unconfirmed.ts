// INO_CONFIRM_EMAIL (docs/server.md, "Seat squatting"): an application holds its place only until its
// `confirm_by`, unless the applicant opens the manage link from the first mail before then (which
// clears it). Past it, the application lapses like an organiser's cancel by `system`, noted
// `email-not-confirmed` (its history and its mail say so), and a seat it held goes to the first in line.
// A lapsed application frees its e-mail address on the track too (`lapsed_at`): whoever typed it,
// its owner can apply. Applied by the server's 30-s sweep, and on the track's own steps that read the cohort (an application,
// the applicant's requests), so a freed seat does not wait for the sweep there.
import { decide, type Cohort } from '@ino/contract';
import type { Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { cohortTransaction, lockCohort, saveCohort } from './cohorts.js';

/** The history's note, and the outbox mail's reason, for an application that lapsed. */
export const EMAIL_NOT_CONFIRMED = 'email-not-confirmed';

/**
 * In a transaction holding the track's lock (lockCohort): the cohort with the track's applications
 * past their `confirm_by` cancelled, and the ids of those that lapsed. The caller saves the cohort.
 */
export async function lapseDue(tx: Queryable, trackId: string, cohort: Cohort, now: Date): Promise<{ cohort: Cohort; lapsed: string[] }> {
  const due = await tx.query<{ id: string }>('SELECT id FROM applications WHERE track_id = $1 AND confirm_by <= $2 ORDER BY seq', [trackId, now]);
  if (!due.length) return { cohort, lapsed: [] };
  let next = cohort;
  const lapsed: string[] = [];
  for (const { id } of due) {
    const step = decide(next, id, 'cancel', now, 'system', EMAIL_NOT_CONFIRMED);
    // One that ended meanwhile (the applicant cancelled, the organisers declined) holds nothing to free.
    if ('problem' in step) continue;
    next = step.cohort;
    lapsed.push(id);
  }
  await tx.query('UPDATE applications SET confirm_by = NULL WHERE track_id = $1 AND confirm_by <= $2', [trackId, now]);
  // Its e-mail address is free on the track again: it may not have been the applicant's own.
  if (lapsed.length) await tx.query('UPDATE applications SET lapsed_at = $2 WHERE id = ANY($1)', [lapsed, now]);
  return { cohort: next, lapsed };
}

/**
 * The sweep: every track with an application past its deadline, one transaction each. Deadlines already
 * given are kept even if the operator has since turned INO_CONFIRM_EMAIL off. Answers how many lapsed.
 */
export async function lapseUnconfirmed(db: Database, now: Date, config: Pick<Config, 'offerWindowSeconds'>): Promise<number> {
  const tracks = await db.query<{ track_id: string }>('SELECT DISTINCT track_id FROM applications WHERE confirm_by <= $1', [now]);
  let lapsed = 0;
  for (const { track_id: trackId } of tracks) {
    lapsed += await cohortTransaction(db, trackId, async (tx) => {
      const locked = await lockCohort(tx, trackId, config.offerWindowSeconds);
      if (!locked) return 0;
      const after = await lapseDue(tx, trackId, locked.cohort, now);
      await saveCohort(tx, trackId, locked, after.cohort, now);
      return after.lapsed.length;
    });
  }
  return lapsed;
}
