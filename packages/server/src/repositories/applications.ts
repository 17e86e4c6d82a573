// POST /learning-tracks/{id}/applications (CONTRACT.md §3.4): the contract's decideApplication over the
// facts read in one transaction that first locks the track's row (repositories/cohorts.ts):
// - concurrent applications to one track queue on that lock, so each sees the seats and the
//   waitlist as the previous one left them (PGlite runs one transaction at a time anyway);
// - the idempotency key is looked up under the same lock, so a retry racing its original waits for it
//   and is then answered with the stored response;
// - unique constraints (key, e-mail address, waitlist position per track) back this up in the schema.
// A new application gets its manage token (§3.7) and its first mail in the outbox (§5), in the same
// transaction. Against seat squatting (docs/server.md): the client address's fingerprint is counted
// against the cap per track, and with INO_CONFIRM_EMAIL the application holds its place until a deadline.
import { createHash, randomUUID } from 'node:crypto';
import type { Application } from '@ino/sdk';
import { decideApplication, emailKeyOf, isIdempotencyKey, stableJson, type ApplicationDecision } from '@ino/contract';
import { addressFingerprint } from '../auth/address-fingerprint.js';
import { hashOfManageToken, manageTokenFor, manageTokenKey } from '../auth/manage-tokens.js';
import { sqlState, UNIQUE_VIOLATION, type Database, type Queryable } from '../db/database.js';
import { cohortTransaction, lockCohort, queueMail, saveCohort, seatsHeld } from './cohorts.js';
import { lapseDue } from './lapse-unconfirmed.js';

/** Whether the track exists: asked before the body is read (the contract's order puts an unknown track first). */
export async function trackExists(db: Queryable, trackId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM learning_tracks WHERE id = $1', [trackId])).length > 0;
}

interface Apply {
  trackId: string;
  idempotencyKey: string | null;
  /** The request's JSON (the server reads it, with its limits, before the transaction). */
  body: unknown;
  now: Date;
  offerWindowSeconds: number;
  /** The client's address as the rate limit buckets it (an IPv6 client by its /64). */
  clientAddress: string;
  /** The cap of active applications per track and address; 0: none. */
  applicationsPerAddress: number;
  /** With INO_CONFIRM_EMAIL: how long the application holds its place before the manage link is opened. */
  confirmEmailSeconds?: number;
}

export async function apply(db: Database, request: Apply): Promise<ApplicationDecision> {
  const bodyHash = createHash('sha256').update(stableJson(request.body)).digest('hex');
  const key = await manageTokenKey(db);
  try {
    return await cohortTransaction(db, request.trackId, (tx) => applyLocked(tx, request, bodyHash, key));
  } catch (error) {
    // Only if two requests slipped past the lock: the constraint kept the data right, and a second
    // try sees the other's application (a replay, or a 409).
    if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
    return cohortTransaction(db, request.trackId, (tx) => applyLocked(tx, request, bodyHash, key));
  }
}

interface FactsRow {
  earlier: { bodyHash: string; application: Application } | null;
  email_applied: boolean;
  active: number;
}

async function applyLocked(
  tx: Queryable,
  { trackId, idempotencyKey, body, now, offerWindowSeconds, clientAddress, applicationsPerAddress, confirmEmailSeconds }: Apply,
  bodyHash: string,
  serverKey: Buffer,
): Promise<ApplicationDecision> {
  const locked = await lockCohort(tx, trackId, offerWindowSeconds);
  // Places held by applications whose deadline to confirm has passed are free for this one (without
  // INO_CONFIRM_EMAIL, deadlines given before are left to the sweep: no query more per application).
  const lapse = locked && (confirmEmailSeconds ? await lapseDue(tx, trackId, locked.cohort, now) : { cohort: locked.cohort, lapsed: [] });
  const current = lapse?.cohort;
  const emailKey = emailKeyOf(body);
  const fingerprint = addressFingerprint(serverKey, trackId, clientAddress);
  // What the decision needs besides the cohort, in one statement: the answer an earlier request with
  // this key got, whether the e-mail address has applied, and how many active applications the client
  // address has (those that just lapsed not counted). A fact not asked for is looked up by NULL, which
  // matches nothing.
  const [facts] = (await tx.query<FactsRow>(
    `SELECT
       (SELECT json_build_object('bodyHash', body_hash, 'application', response) FROM applications WHERE track_id = $1 AND idempotency_key = $2) AS earlier,
       EXISTS (SELECT 1 FROM applications WHERE track_id = $1 AND email_key = $3 AND lapsed_at IS NULL) AS email_applied,
       (SELECT count(*)::int FROM applications
         WHERE track_id = $1 AND address_fingerprint = $4 AND status IN ('received', 'confirmed', 'waitlisted', 'offered') AND NOT id = ANY($5)) AS active`,
    [trackId, isIdempotencyKey(idempotencyKey) ? idempotencyKey : null, emailKey ?? null, applicationsPerAddress ? fingerprint : null, lapse?.lapsed ?? []],
  )) as [FactsRow];

  const decision = decideApplication({
    trackId,
    // The stored status and window: the decision applies the clock (and the seats) to them.
    track: locked && { ...locked.record, seatsTaken: locked.seatsTakenElsewhere + seatsHeld(locked, current!) },
    cohort: current,
    body: { value: body },
    idempotencyKey,
    bodyHash,
    earlier: facts.earlier ?? undefined,
    emailAlreadyApplied: facts.email_applied,
    ...(applicationsPerAddress && facts.active >= applicationsPerAddress ? { addressCapReached: applicationsPerAddress } : {}),
    newId: `app-${randomUUID()}`,
    now,
  });
  if (decision.kind !== 'created') {
    // What lapsed is written whatever this request gets.
    if (locked) await saveCohort(tx, trackId, locked, current!, now);
    return decision;
  }

  const { application, request, cohort } = decision;
  const seat = cohort.applications.at(-1)!;
  const manageToken = manageTokenFor(serverKey, application.id);
  await tx.query(
    `INSERT INTO applications (id, track_id, idempotency_key, body_hash, email_key, status, waitlist_position, request, response, received_at,
       lang, history, updated_at, manage_token_hash, address_fingerprint, confirm_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::json, $10, $11, $12::jsonb, $10, $13, $14, $15)`,
    [
      application.id,
      trackId,
      idempotencyKey,
      bodyHash,
      decision.emailKey,
      application.status,
      application.waitlistPosition ?? null,
      JSON.stringify(request),
      JSON.stringify(application),
      application.receivedAt,
      request.lang ?? 'nl',
      JSON.stringify(seat.history),
      hashOfManageToken(manageToken),
      fingerprint,
      confirmEmailSeconds ? new Date(now.getTime() + confirmEmailSeconds * 1000) : null,
    ],
  );
  await queueMail(tx, seat, now);
  // Offers that expired and applications that lapsed before this one came are written too.
  await saveCohort(tx, trackId, locked!, cohort, now);
  return decision;
}
