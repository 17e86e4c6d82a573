// The moments at which the clock changes a status the public API answers: a challenge opens
// (`opensAt`) or closes (`closesAt`), a track's application window opens or closes. Between two of
// them every read answers the same, so a cached read is good until the next one (src/http/cached-reads.ts).
// The same fields as the SDK's challengeStatusAt and trackStatusAt; the contract's clock suite runs
// every read on both sides of them.
import type { Queryable } from '../db/database.js';

/** Every such moment in the content, in milliseconds since the epoch, ascending. */
export async function statusBoundaries(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ at: number }>(
    `SELECT (extract(epoch FROM at) * 1000)::float8 AS at FROM (
       SELECT closes_at AS at FROM challenges
       UNION SELECT (record->>'opensAt')::timestamptz FROM challenges
       UNION SELECT (record->>'applicationOpensAt')::timestamptz FROM learning_tracks
       UNION SELECT (record->>'applicationClosesAt')::timestamptz FROM learning_tracks
     ) moments WHERE at IS NOT NULL ORDER BY at`,
  );
  return rows.map((row) => row.at);
}

/**
 * When the first seat offered now runs out (CONTRACT.md §4.2), in milliseconds since the epoch; null when
 * nothing is offered. Then the offer sweep passes the seat on, so the tracks' seats may change.
 */
export async function firstOfferDeadline(db: Queryable): Promise<number | null> {
  const [row] = await db.query<{ at: number | null }>(
    `SELECT (extract(epoch FROM min(offer_expires_at)) * 1000)::float8 AS at FROM applications WHERE status = 'offered'`,
  );
  return row?.at ?? null;
}
