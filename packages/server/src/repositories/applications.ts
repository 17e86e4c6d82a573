// POST /learning-tracks/{id}/applications (CONTRACT.md §3.4), with the mock API's rules (validation,
// admission, problems) applied in one transaction that first locks the track's row:
// - concurrent applications to one track queue on that lock, so each sees the seats and the
//   waitlist as the previous one left them (PGlite runs one transaction at a time anyway);
// - the idempotency key is looked up under the same lock, so a retry racing its original waits for it
//   and is then answered with the stored response;
// - unique constraints (key, e-mail address, waitlist position per track) back this up in the schema.
import { createHash, randomUUID } from 'node:crypto';
import type { Application } from '@ino/sdk';
import {
  admit, applyProblems, isIdempotencyKey, rfc3339, stableJson, takesApplications, validateApplication, type ApplyOutcome,
} from '@ino/mock-api/shared';
import type { LearningTrackRecord } from '@ino/mock-api/dataset';
import { sqlState, UNIQUE_VIOLATION, type Database, type Queryable } from '../db/database.js';

interface LockedTrack {
  record: LearningTrackRecord;
  live_status: string;
  admission: string;
  seats: number | null;
  seats_taken: number;
  waitlist: boolean;
  waitlisted: number;
}

/** undefined when there is no such track. */
export async function apply(db: Database, trackId: string, idempotencyKey: string | null, body: unknown, now = new Date()): Promise<ApplyOutcome | undefined> {
  if (!isIdempotencyKey(idempotencyKey)) return applyProblems.missingKey();
  const bodyHash = createHash('sha256').update(stableJson(body)).digest('hex');
  try {
    return await db.transaction((tx) => applyLocked(tx, trackId, idempotencyKey, bodyHash, body, now));
  } catch (error) {
    // Only if two requests slipped past the lock: the constraint kept the data right, and a second
    // try sees the other's application (a replay, or a 409).
    if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
    return db.transaction((tx) => applyLocked(tx, trackId, idempotencyKey, bodyHash, body, now));
  }
}

async function applyLocked(tx: Queryable, trackId: string, idempotencyKey: string, bodyHash: string, body: unknown, now: Date): Promise<ApplyOutcome | undefined> {
  const [track] = await tx.query<LockedTrack>(
    `SELECT record, live_status, admission, seats, seats_taken_before + confirmed AS seats_taken, waitlist, waitlisted
       FROM learning_tracks WHERE id = $1 FOR UPDATE`,
    [trackId],
  );
  if (!track) return undefined;

  const [earlier] = await tx.query<{ body_hash: string; response: Application }>(
    'SELECT body_hash, response FROM applications WHERE track_id = $1 AND idempotency_key = $2',
    [trackId, idempotencyKey],
  );
  if (earlier) return earlier.body_hash === bodyHash ? { kind: 'replayed', application: earlier.response } : applyProblems.keyReused();
  if (!takesApplications({ status: track.live_status })) return applyProblems.closed(track.live_status);

  const { record } = track;
  const valid = validateApplication(
    { questions: record.questions.map((q) => ({ ...q, label: q.label.nl, help: q.help?.nl })), consent: { version: record.consentVersion, text: record.consentText, privacyUrl: record.privacyUrl } },
    body,
  );
  if ('problem' in valid) return valid.problem;
  const emailKey = valid.data.email.toLowerCase();
  if ((await tx.query('SELECT 1 FROM applications WHERE track_id = $1 AND email_key = $2', [trackId, emailKey])).length) return applyProblems.duplicate();

  const admission = admit({ admission: track.admission, seats: track.seats, seatsTaken: track.seats_taken, waitlist: track.waitlist }, track.waitlisted);
  if (!admission) return applyProblems.full();
  const application: Application = { id: `app-${randomUUID()}`, trackId, receivedAt: rfc3339(now), ...admission };
  await tx.query('UPDATE learning_tracks SET confirmed = confirmed + $2, waitlisted = waitlisted + $3 WHERE id = $1', [
    trackId,
    admission.status === 'confirmed' ? 1 : 0,
    admission.status === 'waitlisted' ? 1 : 0,
  ]);
  await tx.query(
    `INSERT INTO applications (id, track_id, idempotency_key, body_hash, email_key, status, waitlist_position, request, response, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::json, $10)`,
    [application.id, trackId, idempotencyKey, bodyHash, emailKey, application.status, application.waitlistPosition ?? null, JSON.stringify(valid.data), JSON.stringify(application), application.receivedAt],
  );
  return { kind: 'created', application };
}
