// POST /learning-tracks/{id}/applications (CONTRACT.md §3.4): the contract's decideApplication over the
// facts read in one transaction that first locks the track's row:
// - concurrent applications to one track queue on that lock, so each sees the seats and the
//   waitlist as the previous one left them (PGlite runs one transaction at a time anyway);
// - the idempotency key is looked up under the same lock, so a retry racing its original waits for it
//   and is then answered with the stored response;
// - unique constraints (key, e-mail address, waitlist position per track) back this up in the schema.
import { createHash, randomUUID } from 'node:crypto';
import type { Application } from '@ino/sdk';
import { decideApplication, emailKeyOf, isIdempotencyKey, stableJson, type ApplicationDecision, type LearningTrackRecord } from '@ino/contract';
import { bumpContentVersion } from '../db/content-version.js';
import { sqlState, UNIQUE_VIOLATION, type Database, type Queryable } from '../db/database.js';

interface LockedTrack {
  record: LearningTrackRecord;
  seats_taken: number;
  waitlisted: number;
}

/** Whether the track exists: asked before the body is read (the contract's order puts an unknown track first). */
export async function trackExists(db: Queryable, trackId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM learning_tracks WHERE id = $1', [trackId])).length > 0;
}

/** `body` is the request's JSON (the server reads it, with its limits, before the transaction). */
export async function apply(db: Database, trackId: string, idempotencyKey: string | null, body: unknown, now: Date): Promise<ApplicationDecision> {
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

async function applyLocked(
  tx: Queryable,
  trackId: string,
  idempotencyKey: string | null,
  bodyHash: string,
  body: unknown,
  now: Date,
): Promise<ApplicationDecision> {
  const [track] = await tx.query<LockedTrack>(
    'SELECT record, seats_taken_before + confirmed AS seats_taken, waitlisted FROM learning_tracks WHERE id = $1 FOR UPDATE',
    [trackId],
  );
  const [earlier] = isIdempotencyKey(idempotencyKey)
    ? await tx.query<{ bodyHash: string; application: Application }>(
        'SELECT body_hash AS "bodyHash", response AS application FROM applications WHERE track_id = $1 AND idempotency_key = $2',
        [trackId, idempotencyKey],
      )
    : [];
  const emailKey = emailKeyOf(body);
  const emailAlreadyApplied =
    emailKey !== undefined && (await tx.query('SELECT 1 FROM applications WHERE track_id = $1 AND email_key = $2', [trackId, emailKey])).length > 0;

  const decision = decideApplication({
    trackId,
    // The stored status and window: the decision applies the clock (and the seats) to them.
    track: track && { ...track.record, seatsTaken: track.seats_taken },
    body: { value: body },
    idempotencyKey,
    bodyHash,
    earlier,
    emailAlreadyApplied,
    waitlistLength: track?.waitlisted ?? 0,
    newId: `app-${randomUUID()}`,
    now,
  });
  if (decision.kind !== 'created') return decision;

  const { application } = decision;
  await tx.query('UPDATE learning_tracks SET confirmed = confirmed + $2, waitlisted = waitlisted + $3 WHERE id = $1', [
    trackId,
    application.status === 'confirmed' ? 1 : 0,
    application.status === 'waitlisted' ? 1 : 0,
  ]);
  await bumpContentVersion(tx, 'seats');
  await tx.query(
    `INSERT INTO applications (id, track_id, idempotency_key, body_hash, email_key, status, waitlist_position, request, response, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::json, $10)`,
    [
      application.id,
      trackId,
      idempotencyKey,
      bodyHash,
      decision.emailKey,
      application.status,
      application.waitlistPosition ?? null,
      JSON.stringify(decision.request),
      JSON.stringify(application),
      application.receivedAt,
    ],
  );
  return decision;
}
