// The content version: what the public API answers changes only in transactions that call
// bumpContentVersion, so a read cached since the last one is still the answer. A bump draws the next
// number of the `content_version` sequence (migration 0007) and notifies `ino_content_version` in the
// transaction: PostgreSQL delivers the notification only when it commits, to every server process that
// listens (src/db/notify.ts). This process learns of its own changes straight after the commit, before
// the change is answered, so a client that changed something never reads what it replaced here.
import type { Queryable } from './database.js';

export const VERSION_CHANNEL = 'ino_content_version';

/**
 * What changed: `content` is anything of the content store (every read may differ); `seats` only the
 * seats and the waitlist of a track (only the learning-track reads differ).
 */
export type ContentChange = 'content' | 'seats';

export const CONTENT_CHANGES: readonly ContentChange[] = ['content', 'seats'];

type Listener = (change: ContentChange) => void;
const committedHere = new Set<Listener>();

/** Call in every transaction that changes what a public GET answers; `tx` must be a transaction's. */
export async function bumpContentVersion(tx: Queryable, change: ContentChange = 'content'): Promise<void> {
  if (!tx.afterCommit) throw new Error('bumpContentVersion takes a transaction: the version must move with the change it announces.');
  // The payload names the schema: servers of other schemas on the same database ignore it.
  await tx.query(`SELECT nextval('content_version'), pg_notify($1, current_schema() || ' ' || $2)`, [VERSION_CHANNEL, change]);
  tx.afterCommit(() => {
    for (const listener of committedHere) listener(change);
  });
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
