// The content version: what the public API answers changes only in transactions that call
// bumpContentVersion, so a read cached since the last one is still the answer. A bump draws the next
// number of the `content_version` sequence (migration 0007) in the transaction, and the other server
// processes on the same PostgreSQL hear of it on the channel `ino_content_version` (src/db/notify.ts):
// - a content change notifies in its transaction: PostgreSQL delivers the notification only if and
//   when it commits;
// - a change of seats (an application) is announced just after its commit, one notification for
//   however many commits came meanwhile. A NOTIFY in the transaction would serialise every commit that
//   sends one, flush to disk included (PostgreSQL takes one lock for the notification queue until the
//   end of the commit): applications to different tracks would wait for one another again. Should a
//   process die between the commit and the announcement, the others' cached seats are at most
//   SEATS_MAX_AGE_MS old (src/http/cached-reads.ts).
// This process learns of its own changes straight after the commit, before the change is answered, so
// a client that changed something never reads what it replaced from the process it changed it through.
import type { Database, Queryable } from './database.js';

export const VERSION_CHANNEL = 'ino_content_version';

/**
 * What changed: `content` is anything of the content store (every read may differ); `seats` only the
 * seats and the waitlist of a track (only the learning-track reads differ).
 */
export type ContentChange = 'content' | 'seats';

export const CONTENT_CHANGES: readonly ContentChange[] = ['content', 'seats'];

/** The payload names the schema: servers of other schemas on the same database ignore it. */
const NOTIFY = `pg_notify('${VERSION_CHANNEL}', current_schema() || ' ' || $1)`;

type Listener = (change: ContentChange) => void;
const committedHere = new Set<Listener>();

/** Call in every transaction that changes what a public GET answers; `tx` must be a transaction's. */
export async function bumpContentVersion(tx: Queryable, change: ContentChange = 'content'): Promise<void> {
  if (!tx.afterCommit) throw new Error('bumpContentVersion takes a transaction: the version must move with the change it announces.');
  await tx.query(
    change === 'content' ? `SELECT nextval('content_version'), ${NOTIFY}` : `SELECT nextval('content_version')`,
    change === 'content' ? [change] : [],
  );
  tx.afterCommit((db) => {
    for (const listener of committedHere) listener(change);
    if (change === 'seats' && db.kind === 'postgres') announceSeats(db);
  });
}

/** Per database: whether an announcement is on its way, and whether commits came after it was sent. */
const announcing = new WeakMap<Database, { again: boolean }>();

/** One notification of seats at a time; commits that come while it is sent get one more after it. */
function announceSeats(db: Database): void {
  const pending = announcing.get(db);
  if (pending) return void (pending.again = true);
  const state = { again: false };
  announcing.set(db, state);
  void (async () => {
    do {
      state.again = false;
      await db.query(`SELECT ${NOTIFY}`, ['seats']).catch((error: Error) => console.error(`Could not announce a change of seats: ${error.message}`));
    } while (state.again);
    announcing.delete(db);
  })();
}

/** Calls `listener` after every committed bump of this process; returns what stops it. */
export function onChangeCommittedHere(listener: Listener): () => void {
  committedHere.add(listener);
  return () => committedHere.delete(listener);
}

/** The last number drawn (a bump may still be committing): compared after a reconnect. */
export async function readContentVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ version: string }>('SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS version FROM content_version');
  return row!.version;
}
