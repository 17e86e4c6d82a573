// An organiser's decision made through the cohort store (lockCohort, the contract's decide, saveCohort)
// in one transaction, as the decision route does it: for tests that need an application's status and
// history changed by an organiser without going through that route.
import { decide, DEFAULT_OFFER_WINDOW_SECONDS } from '@ino/contract';
import type { Decision } from '@ino/sdk';
import type { Database } from '../src/db/database.js';
import { lockCohort, saveCohort } from '../src/repositories/cohorts.js';

export async function decideInStore(db: Database, trackId: string, id: string, decision: Decision, now: Date, by: string, note?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = (await lockCohort(tx, trackId, DEFAULT_OFFER_WINDOW_SECONDS))!;
    const step = decide(locked.cohort, id, decision, now, by, note);
    if ('problem' in step) throw new Error(`${decision} ${id}: ${step.problem.detail}`);
    await saveCohort(tx, trackId, locked.cohort, step.cohort, now);
  });
}
