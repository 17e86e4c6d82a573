// The delivery worker (CONTRACT.md §5): sends the outbox's pending mails, one row at a time, oldest first,
// and marks each sent. A mail server that refuses or is down gets the row again after a back-off (1 s,
// doubling, at most 60 s). The Message-ID is made from the row's id, so a crash between sending and
// marking repeats the same mail, never a different one; the Date header is the event's, for the same reason.
//
// Claiming: on PostgreSQL, several server processes may run this at once. Each sends a row inside a
// transaction that holds the row (FOR UPDATE SKIP LOCKED): the others pass it by, and a process that dies
// mid-send lets go of it at once. The embedded PGlite has one process and one connection, whose
// transactions would hold up every request while a mail server answers: there the row is read and
// marked in statements of their own, and the rows being sent are kept in memory, where every worker
// on that database (one process: its data directory is locked) passes them by.
import type { LearningTrackRecord, ValidApplication } from '@ino/contract';
import { manageTokenFor, manageTokenKey } from '../auth/manage-tokens.js';
import type { Database, Queryable } from '../db/database.js';
import { loggableError } from '../db/loggable-error.js';
import { buildMail, type OutboxDetail } from './messages/build-mail.js';
import type { MailTransport } from './transport.js';

export interface MailDeliveryOptions {
  db: Database;
  transport: MailTransport;
  /** INO_MAIL_FROM. */
  from: string;
  /** The page that embeds <ino-application-status>; the token goes after `#token=`. */
  manageUrl: string;
  clock?: () => Date;
  /** How often the outbox is looked at when it had nothing due. */
  pollMs?: number;
  log?: (line: string) => void;
}

export interface MailDelivery {
  /** Finishes the mail being sent, then stops; closes the transport. */
  stop(): Promise<void>;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 60_000;

/** Wait before attempt `attempts + 1`: 1 s, 2 s, 4 s, … at most 60 s. */
export const retryDelayMs = (attempts: number): number => Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));

interface PendingRow {
  id: string;
  event: string;
  detail: OutboxDetail;
  attempts: number;
  created_at: Date;
  application_id: string;
  lang: string;
  request: ValidApplication | null;
  record: LearningTrackRecord;
}

// The oldest due row whose application has no older unsent mail: one person's mails arrive in order,
// and a mail held back by its server holds back the ones after it.
const NEXT_DUE = `
  SELECT o.id::text AS id, o.event, o.detail, o.attempts, o.created_at, a.id AS application_id, a.lang, a.request, t.record
  FROM outbox o JOIN applications a ON a.id = o.application_id JOIN learning_tracks t ON t.id = a.track_id
  WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 AND o.id <> ALL($2::bigint[])
    AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.application_id = o.application_id AND e.sent_at IS NULL AND e.id < o.id)
  ORDER BY o.id
  LIMIT 1
  FOR UPDATE OF o SKIP LOCKED`;

/** Per database: the rows being sent by a worker of this process, and the claims in turn (one at a time). */
const claims = new WeakMap<Database, { busy: Set<string>; turn: Promise<unknown> }>();

export function startMailDelivery({
  db,
  transport,
  from,
  manageUrl,
  clock = () => new Date(),
  pollMs = 1_000,
  log = console.error,
}: MailDeliveryOptions): MailDelivery {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  const inOneClaim = <T>(work: (q: Queryable) => Promise<T>): Promise<T> => (db.kind === 'postgres' ? db.transaction(work) : work(db));
  if (!claims.has(db)) claims.set(db, { busy: new Set(), turn: Promise.resolve() });
  const claim = claims.get(db)!;
  /** The next due row, marked busy before another worker of this process can look. */
  const claimNext = (q: Queryable): Promise<PendingRow | undefined> => {
    const next = claim.turn.then(async () => {
      const [row] = await q.query<PendingRow>(NEXT_DUE, [clock(), [...claim.busy]]);
      if (row) claim.busy.add(row.id);
      return row;
    });
    claim.turn = next.catch(() => undefined);
    return next;
  };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Sends the next due mail; false when none was due. */
  const deliverOne = () =>
    inOneClaim(async (q) => {
      const row = await claimNext(q);
      if (!row) return false;
      try {
        return await deliver(q, row);
      } finally {
        claim.busy.delete(row.id);
      }
    });

  const deliver = async (q: Queryable, row: PendingRow) => {
    const id = `outbox-${row.id}`;
    // Erasure (CONTRACT.md §4.3) deletes an application's unsent mails; one left behind is not sent.
    if (!row.request) {
      await q.query('DELETE FROM outbox WHERE id = $1', [row.id]);
      return true;
    }
    try {
      const token = manageTokenFor(await manageTokenKey(db), row.application_id);
      const mail = buildMail({
        event: row.event,
        detail: row.detail,
        lang: row.lang,
        givenName: row.request.givenName,
        track: row.record,
        manageLink: `${manageUrl}#token=${token}`,
        domain,
        at: new Date(row.created_at),
      });
      await transport.send({
        id,
        messageId: `<${id}@${domain}>`,
        date: new Date(row.created_at),
        from,
        to: row.request.email,
        ...(mail.replyTo && { replyTo: mail.replyTo }),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.lang },
        ...(mail.calendar && {
          attachments: [{ filename: mail.calendar.filename, content: mail.calendar.content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
        }),
      });
    } catch (error) {
      const wait = retryDelayMs(row.attempts + 1);
      log(`Mail ${id} (${row.event}) not sent, attempt ${row.attempts + 1}; next try in ${wait / 1000} s: ${reason(error)}`);
      await q.query('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2 WHERE id = $1', [row.id, new Date(clock().getTime() + wait)]);
      return true;
    }
    await q.query('UPDATE outbox SET attempts = attempts + 1, sent_at = $2 WHERE id = $1', [row.id, clock()]);
    return true;
  };

  const pass = async () => {
    try {
      while (!stopped && (await deliverOne()));
    } catch (error) {
      // The database away for a moment: the next pass tries again.
      log(`Mail delivery: ${loggableError(error)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().then(schedule);
    }, pollMs);
  };
  running = pass().then(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}

/** Why a mail was not sent, without the mail server's words: they may repeat the recipient's address. */
function reason(error: unknown): string {
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
  if (responseCode) return `the mail server answered ${responseCode}${code ? ` (${code})` : ''}`;
  return code ?? message ?? String(error);
}
