// The read cache (src/http/cached-reads.ts): a repeated read and a 304 cost no query; every change
// through bumpContentVersion (content, seats) is served at once; the clock passing a deadline is too;
// and the cache's memory stays within its budget.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { bundledContent } from '@ino/contract/content';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { writeContent } from '../src/db/load-dataset.js';
import { LISTENER_NAME } from '../src/db/notify.js';
import { openPostgres } from '../src/db/postgres.js';
import { ReadCache } from '../src/http/read-cache.js';
import { applicationFor, BACKENDS, freshDatabase, post, testConfig } from './harness.js';

describe('the cache memory', () => {
  const entry = (bytes: number) => ({ bytes });

  test('keeps the most recently used entries within its budget, and nothing larger than it', () => {
    const cache = new ReadCache<{ bytes: number }>(3 * 1024 + 3 * 600);
    cache.set('a', entry(1024));
    cache.set('b', entry(1024));
    cache.set('c', entry(1024));
    assert.equal(cache.size, 3);
    cache.get('a'); // now b is the least recently used
    cache.set('d', entry(1024));
    assert.deepEqual(
      ['a', 'b', 'c', 'd'].map((key) => cache.get(key) !== undefined),
      [true, false, true, true],
    );
    assert.ok(cache.usedBytes <= 3 * 1024 + 3 * 600);
    cache.set('huge', entry(10_000));
    assert.equal(cache.get('huge'), undefined);
    assert.equal(cache.size, 3);
  });

  test('counts an entry that grew (a compressed copy) and drops others to make room', () => {
    const cache = new ReadCache<{ bytes: number }>(2 * 1024 + 2 * 600);
    const growing = entry(1024);
    cache.set('a', entry(1024));
    cache.set('b', growing);
    const before = cache.usedBytes;
    growing.bytes = 1500;
    cache.resize('b');
    assert.equal(cache.get('a'), undefined, 'a was dropped to make room');
    assert.ok(cache.usedBytes > 1500 && cache.usedBytes < before && cache.usedBytes <= 2 * 1024 + 2 * 600);
    assert.ok(cache.get('b'));
  });
});

/** The server over `db` with every query counted, its clock at `clock.now`. */
async function countingServer(db: Database, clock: { now: Date }, env: Record<string, string> = {}) {
  const counted = { queries: 0 };
  const counting: Database = {
    ...db,
    query: (sql, params) => (counted.queries++, db.query(sql, params)),
    transaction: (work) => (counted.queries++, db.transaction(work)),
  };
  const server = createApp({ config: testConfig(env), db: counting, clock: () => clock.now });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ino/v1`;
  return {
    base,
    counted,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Until `path` is read from the cache: on PostgreSQL the cache starts once its connection listens, and
 * the notification of a change this server made comes after the change (and empties the cache again).
 */
async function untilCached(base: string, counted: { queries: number }, path = '/themes'): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
    const before = counted.queries;
    await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
    if (counted.queries === before) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} was never read from the cache.`);
}

const closing = bundledContent.challenges.find((c) => c.id === 'sluisdeuren-voorspellend-onderhoud')!;
const closesAt = new Date(closing.closesAt!);
const track = bundledContent.learningTracks.find((t) => t.id === 'kennisnetwerk-overheidsopdrachten-innovatief-aankopen')!;

for (const backend of BACKENDS) {
  describe(`reads from the cache on ${backend}`, () => {
    let db: Database;
    let server: Awaited<ReturnType<typeof countingServer>>;
    const clock = { now: new Date(closesAt.getTime() - 60_000) };
    before(async () => {
      db = await freshDatabase(backend);
      server = await countingServer(db, clock);
      await untilCached(server.base, server.counted);
    });
    after(async () => {
      await server.close();
      await db.close();
    });

    const read = async (path: string, headers: Record<string, string> = {}) => {
      const before = server.counted.queries;
      const response = await fetch(`${server.base}${path}`, { headers });
      const body = response.status === 304 ? undefined : await response.json();
      return { response, body, queries: server.counted.queries - before };
    };

    test('a repeated read, the same query in another order, and a 304 cost no query', async () => {
      const first = await read('/challenges?programme=startup-in-residence&sort=updatedAt');
      assert.equal(first.response.status, 200);
      assert.ok(first.queries > 0, 'the first read builds the answer');
      const again = await read('/challenges?sort=updatedAt&programme=startup-in-residence');
      assert.equal(again.queries, 0);
      assert.deepEqual(again.body, first.body);
      assert.equal(again.response.headers.get('etag'), first.response.headers.get('etag'));
      const notModified = await read('/challenges?programme=startup-in-residence&sort=updatedAt', { 'if-none-match': first.response.headers.get('etag')! });
      assert.equal(notModified.response.status, 304);
      assert.equal(notModified.queries, 0);
      const otherLanguage = await read('/challenges?programme=startup-in-residence&sort=updatedAt&lang=fr');
      assert.ok(otherLanguage.queries > 0, 'another language is another answer');
    });

    test('a change of content is served at once, with a new ETag', async () => {
      const before = await read('/challenges/insar-bruggen-vervorming');
      const content = {
        ...bundledContent,
        challenges: bundledContent.challenges.map((c) => (c.id === 'insar-bruggen-vervorming' ? { ...c, title: 'Bruggen, opnieuw bekeken' } : c)),
      };
      await db.transaction((tx) => writeContent(tx, content));
      const after = await read('/challenges/insar-bruggen-vervorming');
      assert.equal(after.body.title, 'Bruggen, opnieuw bekeken');
      assert.notEqual(after.response.headers.get('etag'), before.response.headers.get('etag'));
      const stale = await read('/challenges/insar-bruggen-vervorming', { 'if-none-match': before.response.headers.get('etag')! });
      assert.equal(stale.response.status, 200, 'the old ETag no longer matches');
      await db.transaction((tx) => writeContent(tx, bundledContent));
    });

    test("an application changes its track's seats at once, and leaves the other reads cached", async () => {
      await untilCached(server.base, server.counted, '/challenges');
      const challenges = await read('/challenges');
      const before = await read(`/learning-tracks/${track.id}`);
      assert.equal((await read(`/learning-tracks/${track.id}`)).queries, 0);
      const applied = await post(server.base, track.id, applicationFor(track, `cache-${backend}@example.org`));
      assert.equal(applied.status, 201);
      const after = await read(`/learning-tracks/${track.id}`);
      assert.equal(after.body.seatsTaken, before.body.seatsTaken + 1);
      const list = await read('/learning-tracks');
      assert.equal(list.body.items.find((t: { id: string }) => t.id === track.id).seatsTaken, before.body.seatsTaken + 1);
      const challengesAgain = await read('/challenges');
      assert.equal(challengesAgain.queries, 0, 'seats are not on challenges');
      assert.deepEqual(challengesAgain.body, challenges.body);
    });

    test('a deadline passing by the clock is served at once, on both sides of it', async () => {
      const open = async () => (await read('/challenges')).body.items.map((c: { id: string }) => c.id);
      clock.now = new Date(closesAt.getTime() - 1);
      assert.ok((await open()).includes(closing.id));
      assert.equal((await read(`/challenges/${closing.id}`)).body.status, 'open');
      clock.now = closesAt;
      assert.ok(!(await open()).includes(closing.id), 'closed at its closesAt');
      assert.equal((await read(`/challenges/${closing.id}`)).body.status, 'closed');
      clock.now = new Date(closesAt.getTime() - 1);
      assert.ok((await open()).includes(closing.id), 'and open again when the clock is set back');
      assert.equal((await read('/challenges')).queries, 0, 'each side is cached');
    });
  });
}

for (const backend of BACKENDS.filter((b) => b === 'postgres')) {
  describe(`a lost listening connection on ${backend}`, () => {
    test('a change committed while it was lost is found by the version check on reconnect', async () => {
      const db = await freshDatabase(backend);
      // Another process's pool: its changes reach this server only by notification.
      const other = openPostgres({ connectionString: db.connectionString!, poolSize: 1 });
      const server = await countingServer(db, { now: new Date() });
      try {
        await untilCached(server.base, server.counted, '/challenges/insar-bruggen-vervorming');
        await other.transaction(async (tx) => {
          // What another process's change does in SQL (here, bumpContentVersion would also tell this process directly).
          await tx.query(`UPDATE challenges SET record = jsonb_set(record, '{title}', '"Gemist en toch gezien"') WHERE id = 'insar-bruggen-vervorming'`);
          await tx.query(`SELECT nextval('content_version'), pg_notify('ino_content_version', current_schema() || ' content')`);
          // Cut the listener just before the commit: the notification goes out while no one listens.
          const admin = new pg.Client({ connectionString: db.connectionString });
          await admin.connect();
          await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]);
          await admin.end();
        });
        await untilCached(server.base, server.counted, '/challenges/insar-bruggen-vervorming');
        const served = await (await fetch(`${server.base}/challenges/insar-bruggen-vervorming`)).json();
        assert.equal(served.title, 'Gemist en toch gezien');
      } finally {
        await server.close();
        await other.close();
        await db.close();
      }
    });
  });
}

describe('INO_READ_CACHE_BYTES=0', () => {
  test('turns the cache off: every read queries', async () => {
    const db = await freshDatabase('pglite');
    const server = await countingServer(db, { now: new Date() }, { INO_READ_CACHE_BYTES: '0' });
    try {
      await fetch(`${server.base}/themes`).then((r) => r.arrayBuffer());
      const before = server.counted.queries;
      await fetch(`${server.base}/themes`).then((r) => r.arrayBuffer());
      assert.ok(server.counted.queries > before);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
