// Public reads at the speed of the wire: the answer to a GET (route, normalised query, language) is built
// once per content version and kept as ready bytes with its ETag, so a repeated read, or a 304, costs
// no query. An answer stays good until
// - the content changes (src/db/content-version.ts: every change bumps the version in its transaction;
//   this process hears of its own changes once they commit, of other processes' by PostgreSQL's
//   LISTEN/NOTIFY, src/db/notify.ts). Seats change only the learning-track reads, so a track's
//   applications leave every other cached read alone;
// - the clock passes a moment that changes a status (a deadline, an application window): the keys
//   carry the number of such moments passed (src/repositories/status-boundaries.ts, read once per
//   content version), so the clock moving on, or back in a test, asks for other answers;
// - for the reads that show seats, the clock passes the first deadline of a seat offered (read once per
//   seats version): the read after it is built anew, and building a track's read expires the offers
//   due (src/repositories/offer-sweep.ts), so no seat is shown as held by an offer that ran out.
// A request target answered from the cache once is remembered with the key of its answer and the
// moments between which that answer holds (`known`): the same target asked again, while nothing has
// changed and the clock is between those moments, is answered without parsing it, matching a route or
// building a key. The remembered targets live in the same memory as the answers and go with them.
// Reads that show seats are not remembered: their keys depend on offers and seats at every request.
// On PostgreSQL the cache is used only while the process listens: after a lost connection it reads
// from the database until it listens again and has compared the version with the one it knew. Seats
// are announced just after their commit (src/db/content-version.ts says why), so a process that dies
// in between leaves the others' seats unannounced: answers that show seats are kept at most
// SEATS_MAX_AGE_MS there.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { representationOf } from '@ino/contract';
import { onChangeCommittedHere, readContentVersion, type ContentChange } from '../db/content-version.js';
import type { Database } from '../db/database.js';
import { listenForChanges } from '../db/notify.js';
import { firstOfferDeadline, statusBoundaries } from '../repositories/status-boundaries.js';
import { CompressibleBody } from './compress.js';
import { ReadCache } from './read-cache.js';
import { ReadyAnswer } from './ready-answer.js';

/** How long an answer that shows seats is kept on PostgreSQL, should the announcement of a change be lost. */
export const SEATS_MAX_AGE_MS = 5_000;

/** Where a known request target is kept in the cache, beside the answers (whose keys start with a digit). */
const KNOWN = 'known ';

export interface Read {
  /** The route and its path parameters, as the request's path names them. */
  path: string;
  query: URLSearchParams;
  lang: string;
  /** Whether the answer shows seats (the learning-track reads). */
  showsSeats: boolean;
  /** The body from the database at `now`, or undefined for 404. */
  build: (now: Date) => Promise<object | undefined>;
}

/** A request target answered before, and the key of its answer while that answer holds. */
interface Known {
  readonly answerKey: string;
  /** The status moments (ms) between which the answer holds: `from` ≤ now < `until`. */
  readonly from: number;
  readonly until: number;
  /** It holds no bytes of its own; the cache counts its key and bookkeeping. */
  readonly bytes: 0;
}

export interface CachedReads {
  /** Answers `read` (200, 304, or HEAD's headers); false when there is nothing (404, for the caller). */
  serve(request: IncomingMessage, response: ServerResponse, read: Read): Promise<boolean>;
  /**
   * For a GET or HEAD whose request target was answered from the cache before and whose answer still
   * holds: what sends that answer as `serve` would (200, 304, or HEAD's headers). The caller decides
   * first what comes before a read (the Host, the rate limit).
   */
  known(request: IncomingMessage): ((response: ServerResponse) => void) | undefined;
  /** Stops listening for changes. */
  close(): Promise<void>;
}

export function createCachedReads({ db, clock, budgetBytes }: { db: Database; clock: () => Date; budgetBytes: number }): CachedReads {
  const cache = new ReadCache<ReadyAnswer | Known>(budgetBytes);
  const generation: Record<ContentChange, number> = { content: 0, seats: 0 };
  // PGlite has one process, which makes every change itself; PostgreSQL's others are heard by listening.
  let listening = db.kind === 'pglite';
  let knownVersion: string | undefined;
  let boundaries: { generation: number; moments: Promise<number[]>; resolved?: number[] } | undefined;
  const seatsAge = db.kind === 'postgres';
  let offers: { generation: number; deadline: Promise<number | null> } | undefined;

  const changed = (change: ContentChange) => {
    generation[change]++;
    if (change === 'content') cache.clear();
  };
  const stopHearingOwn = onChangeCommittedHere(changed);
  const stopListening =
    db.kind === 'postgres' && db.connectionString
      ? listenForChanges(db.connectionString, {
          changed,
          async connected() {
            const version = await readContentVersion(db);
            if (version !== knownVersion) changed('content');
            knownVersion = version;
            listening = true;
          },
          lost: () => void (listening = false),
        })
      : undefined;

  /**
   * How many status-changing moments have passed at `now` (a part of every key), and the moments on
   * either side of it, between which the same answers hold.
   */
  async function epochAt(now: Date): Promise<{ epoch: number; from: number; until: number }> {
    if (boundaries?.generation !== generation.content) {
      const current = { generation: generation.content, moments: statusBoundaries(db), resolved: undefined as number[] | undefined };
      boundaries = current;
      current.moments.then(
        (moments) => void (current.resolved = moments),
        // A failed read is not kept: the next request tries again.
        () => boundaries === current && (boundaries = undefined),
      );
    }
    // Read once per content version: after that no promise to wait for.
    const moments = boundaries.resolved ?? (await boundaries.moments);
    let low = 0;
    let high = moments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (moments[middle]! <= now.getTime()) low = middle + 1;
      else high = middle;
    }
    return { epoch: low, from: moments[low - 1] ?? -Infinity, until: moments[low] ?? Infinity };
  }

  /** For the reads that show seats: whether an offer has run out at `now` (the sweep then changes seats). */
  async function offerDueAt(now: Date): Promise<boolean> {
    if (offers?.generation !== generation.seats) {
      const current = { generation: generation.seats, deadline: firstOfferDeadline(db) };
      offers = current;
      // A failed read is not kept: the next request tries again.
      current.deadline.catch(() => offers === current && (offers = undefined));
    }
    const deadline = await offers.deadline;
    return deadline !== null && deadline <= now.getTime();
  }

  /** What an answer depends on besides its request: the versions of what it shows. */
  const stampOf = (read: Read) =>
    read.showsSeats ? `${generation.content}.${generation.seats}.${seatsAge ? Math.floor(performance.now() / SEATS_MAX_AGE_MS) : ''}` : `${generation.content}`;

  async function answerOf(read: Read, now: Date): Promise<ReadyAnswer | undefined> {
    const body = await read.build(now);
    if (!body) return undefined;
    const { json, headers } = representationOf(body, read.lang);
    return new ReadyAnswer(headers, new CompressibleBody(json));
  }

  /** Sends `answer` (kept under `key`, if it is) as the request asks for it. */
  function send(request: IncomingMessage, response: ServerResponse, answer: ReadyAnswer, key: string | undefined): void {
    if (answer.send(request, response) && key) cache.resize(key);
  }

  return {
    async serve(request, response, read) {
      const now = clock();
      let answer: ReadyAnswer | undefined;
      let key: string | undefined;
      if (listening && budgetBytes > 0) {
        const stamp = stampOf(read);
        const due = read.showsSeats && (await offerDueAt(now)) ? ' offer-due' : '';
        const { epoch, from, until } = await epochAt(now);
        key = `${stamp} ${epoch}${due} ${read.path}?${normalised(read.query)} ${read.lang}`;
        answer = cache.get(key) as ReadyAnswer | undefined;
        if (!answer) {
          answer = await answerOf(read, now);
          // Built while a change committed: it may hold what the change replaced, so it is not kept.
          if (answer && listening && stampOf(read) === stamp) cache.set(key, answer);
          else key = undefined;
        }
        if (key && !read.showsSeats) cache.set(`${KNOWN}${request.url}`, { answerKey: key, from, until, bytes: 0 });
      } else {
        answer = await answerOf(read, now);
      }
      if (!answer) return false;
      send(request, response, answer, key);
      return true;
    },
    known(request) {
      if (!listening || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
      const known = cache.get(`${KNOWN}${request.url}`) as Known | undefined;
      if (!known) return undefined;
      const now = clock().getTime();
      if (now < known.from || now >= known.until) return undefined;
      const answer = cache.get(known.answerKey) as ReadyAnswer | undefined;
      return answer && ((response) => send(request, response, answer, known.answerKey));
    },
    async close() {
      stopHearingOwn();
      await stopListening?.();
    },
  };
}

/** The query in a stable order (`lang` is in the key on its own): `?b=1&a=2` and `?a=2&b=1` are one read. */
function normalised(query: URLSearchParams): string {
  if (query.size === 0) return '';
  // One parameter is in order already (the common read: ?nis=…, ?q=…): no copy to sort.
  if (query.size === 1 && !query.has('lang')) return query.toString();
  const sorted = new URLSearchParams([...query].filter(([name]) => name !== 'lang'));
  sorted.sort();
  return sorted.toString();
}
