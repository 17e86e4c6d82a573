// Several server processes on one PostgreSQL behave as one (docs/server.md, Scaling): applications
// split across two processes give exactly the seats and the waitlist; a publish through one is served
// by the other within a second (LISTEN/NOTIFY); the application rate limit is shared; and
// `serve --workers N` runs N processes on one port, which the embedded database refuses. These need
// a PostgreSQL server, so they run only when TEST_DATABASE_URL names one, like every PostgreSQL test.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { bundledContentAt } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { SharedRateLimiter } from '../src/http/shared-rate-limit.js';
import { applicationFor, BACKENDS, post, serverStorage, spawnServer, type ServerProcess, type ServerStorage } from './harness.js';

const BIN = fileURLToPath(new URL('../bin/ino-server.mjs', import.meta.url));
const content = bundledContentAt(new Date());
const template = content.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open')!;
const track = { ...template, id: 'dertig-plaatsen', seats: 30, seatsTaken: 0, waitlist: true, status: 'open' as const };
const dataset = { ...content, learningTracks: [...content.learningTracks, track] };

/** What `attempt` resolves to, tried every 20 ms until it is not undefined or `ms` have passed. */
async function within<T>(ms: number, attempt: () => Promise<T | undefined>): Promise<T | undefined> {
  const start = Date.now();
  for (;;) {
    const result = await attempt();
    if (result !== undefined || Date.now() - start >= ms) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const backend of BACKENDS.filter((b) => b === 'postgres')) {
  describe(`two server processes on one ${backend}`, () => {
    let storage: ServerStorage;
    let servers: ServerProcess[];
    before(async () => {
      storage = await serverStorage(backend);
      const db = await storage.open();
      await migrate(db);
      await loadDataset(db, dataset);
      await db.close();
      servers = await Promise.all([spawnServer({ ...storage.env, INO_SEED: 'never' }), spawnServer({ ...storage.env, INO_SEED: 'never' })]);
    });
    after(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await storage.remove();
    });

    test('200 applications at once, split across both: 30 confirmed, 170 waitlisted at positions 1–170', async () => {
      // Both cache the track with no seat taken; each must then learn of the other's applications.
      for (const server of servers) assert.equal((await (await fetch(`${server.baseUrl}/learning-tracks/${track.id}`)).json()).seatsTaken, 0);
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post(servers[i % 2]!.baseUrl, track.id, applicationFor(track, `twee-${i}@example.org`))),
      );
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
      const statuses = answers.map((a) => a.body.status);
      assert.equal(statuses.filter((s) => s === 'confirmed').length, 30);
      assert.equal(statuses.filter((s) => s === 'waitlisted').length, 170);
      assert.deepEqual(
        answers
          .map((a) => a.body.waitlistPosition)
          .filter((p) => p !== undefined)
          .sort((a, b) => a - b),
        Array.from({ length: 170 }, (_, i) => i + 1),
      );
      // Seats are announced just after their commits: within a second both show every seat taken.
      for (const server of servers) {
        const served = await within(1000, async () => {
          const body = await (await fetch(`${server.baseUrl}/learning-tracks/${track.id}`)).json();
          return body.seatsTaken === 30 ? body : undefined;
        });
        assert.equal(served?.status, 'waitlist', `${server.baseUrl} shows the seats within a second`);
      }
    });

    test('a publish through one process is served by the other within a second', async () => {
      const db = await storage.open();
      const token = await createToken(db, { name: `editor-${randomUUID()}`, scopes: ['content:write'] }).finally(() => db.close());
      const [writer, reader] = servers as [ServerProcess, ServerProcess];
      const id = 'insar-bruggen-vervorming';
      const url = `${reader.baseUrl}/challenges/${id}`;
      const first = await fetch(url);
      const etag = first.headers.get('etag')!;
      assert.equal((await fetch(url, { headers: { 'if-none-match': etag } })).status, 304, 'the reader has it cached');
      const record = await (await fetch(`${writer.baseUrl}/admin/challenges/${id}`, { headers: { authorization: `Bearer ${token}` } })).json();
      const recordEtag = (await fetch(`${writer.baseUrl}/admin/challenges/${id}`, { headers: { authorization: `Bearer ${token}` } })).headers.get('etag')!;
      const put = await fetch(`${writer.baseUrl}/admin/challenges/${id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': recordEtag },
        body: JSON.stringify({ ...record, title: 'Bruggen, door twee processen bekeken' }),
      });
      assert.equal(put.status, 200);
      const title = await within(1000, async () => {
        const { title } = await (await fetch(url)).json();
        return title === 'Bruggen, door twee processen bekeken' ? title : undefined;
      });
      assert.equal(title, 'Bruggen, door twee processen bekeken', 'served by the other process within a second');
      assert.equal((await fetch(url, { headers: { 'if-none-match': etag } })).status, 200, 'the old ETag no longer matches');
      assert.equal((await (await fetch(`${writer.baseUrl}/challenges/${id}`)).json()).title, 'Bruggen, door twee processen bekeken');
    });
  });

  describe(`the application rate limit on ${backend}`, () => {
    test('is one bucket per client for every process: 3 in all, not 3 each', async () => {
      const storage = await serverStorage(backend);
      const [one, two] = await Promise.all([storage.open(), storage.open()]);
      try {
        await migrate(one!);
        const limit = { burst: 3, perSeconds: 60 };
        const [a, b] = [new SharedRateLimiter(one!, limit), new SharedRateLimiter(two!, limit)];
        const waits = [await a.take('192.0.2.1'), await b.take('192.0.2.1'), await a.take('192.0.2.1'), await b.take('192.0.2.1'), await a.take('192.0.2.1')];
        assert.deepEqual(waits.slice(0, 3), [0, 0, 0]);
        assert.ok(waits[3]! >= 1 && waits[3]! <= 20, `wait ${waits[3]} s: one token comes back every 20 s`);
        assert.ok(waits[4]! >= 1);
        assert.equal(await b.take('192.0.2.2'), 0, 'another client has its own bucket');
      } finally {
        await Promise.all([one!.close(), two!.close()]);
        await storage.remove();
      }
    });
  });

  describe(`serve --workers on ${backend}`, () => {
    test('runs two processes on one port, which both answer; SIGTERM stops them all', async () => {
      const storage = await serverStorage(backend);
      try {
        const server = await spawnServer(storage.env, { workers: 2 });
        const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.baseUrl}/themes`).then((r) => r.status)));
        assert.deepEqual([...new Set(answers)], [200]);
        await server.stop();
        assert.equal(server.child.exitCode, 0);
      } finally {
        await storage.remove();
      }
    });
  });
}

describe('serve --workers on the embedded database', () => {
  test('refuses: one process holds the data directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ino-workers-'));
    try {
      const run = promisify(execFile)(process.execPath, [BIN, 'serve', '--workers', '2'], { env: { ...process.env, DATABASE_URL: '', INO_DATA_DIR: dir } });
      const error = await run.then(
        () => assert.fail('it started'),
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(error.code, 1);
      assert.match(error.stderr, /--workers 2 needs DATABASE_URL: the embedded database lives in one process/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
