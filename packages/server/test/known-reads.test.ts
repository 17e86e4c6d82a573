// Known reads (src/http/cached-reads.ts `known`, src/app.ts `answerKnown`): a request target answered
// from the cache once is answered again without parsing it, but only while its answer holds (no
// change, the clock between the same status moments), only for GET and HEAD, never for a read that
// shows seats; and what goes out is, byte for byte, what the full path sends, the read limit and the
// Host rule included.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { connect } from 'node:net';
import { bundledContent } from '@ino/contract/content';
import type { Database } from '../src/db/database.js';
import { bumpContentVersion } from '../src/db/content-version.js';
import { createCachedReads, type CachedReads } from '../src/http/cached-reads.js';
import { freshDatabase, rawRequest, startTestServer, type RawAnswer, type TestServer } from './harness.js';

const closing = bundledContent.challenges.find((c) => c.id === 'sluisdeuren-voorspellend-onderhoud')!;
const closesAt = new Date(closing.closesAt!);

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('which reads are known', () => {
  let db: Database;
  let reads: CachedReads;
  let server: Server;
  let origin: string;
  const clock = { now: new Date(closesAt.getTime() - 1) };
  let builds = 0;
  /** How each request was answered: 'known' or 'full'. */
  const answered: string[] = [];

  before(async () => {
    db = await freshDatabase('pglite');
    reads = createCachedReads({ db, clock: () => clock.now, budgetBytes: 1 << 20 });
    // The cache alone behind a server: the known answer when there is one, else the full read.
    server = createServer((request, response) => {
      const known = reads.known(request);
      if (known) return (answered.push('known'), known(response));
      answered.push('full');
      const url = new URL(request.url!, 'http://localhost');
      void reads.serve(request, response, {
        path: url.pathname,
        query: url.searchParams,
        lang: 'nl',
        showsSeats: url.pathname.startsWith('/seats'),
        build: async (now) => (builds++, { path: url.pathname, at: now.toISOString() }),
      });
    });
    origin = await listen(server);
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await reads.close();
    await db.close();
  });

  /** How `path` was answered, and whether its answer was built for it. */
  async function ask(path: string, method = 'GET'): Promise<{ how: string; built: boolean; body: string }> {
    const buildsBefore = builds;
    const response = await fetch(`${origin}${path}`, { method });
    const body = await response.text();
    return { how: answered.at(-1)!, built: builds > buildsBefore, body };
  }

  test('the same request target again is known; the same query in other words is read in full, from the cache, once', async () => {
    assert.deepEqual(await ask('/things?a=1&b=2'), { how: 'full', built: true, body: (await ask('/things?a=1&b=2')).body });
    assert.equal((await ask('/things?a=1&b=2')).how, 'known');
    const reordered = await ask('/things?b=2&a=1');
    assert.deepEqual([reordered.how, reordered.built], ['full', false]);
    assert.equal((await ask('/things?b=2&a=1')).how, 'known');
    assert.equal((await ask('/things?a=1&b=2', 'HEAD')).how, 'known', 'HEAD is a GET without its body');
  });

  test('only GET and HEAD are known', async () => {
    await ask('/posted');
    assert.equal((await ask('/posted', 'POST')).how, 'full');
    assert.equal((await ask('/posted', 'DELETE')).how, 'full');
  });

  test('a read that shows seats is never known', async () => {
    await ask('/seats');
    await ask('/seats');
    const third = await ask('/seats');
    assert.deepEqual([third.how, third.built], ['full', false], 'read in full, from the cache');
  });

  test('the clock passing a status moment ends it, on both sides of the moment', async () => {
    clock.now = new Date(closesAt.getTime() - 1);
    await ask('/moment');
    assert.equal((await ask('/moment')).how, 'known');
    clock.now = closesAt;
    const after = await ask('/moment');
    assert.deepEqual([after.how, after.built], ['full', true], 'built anew at the moment');
    assert.equal((await ask('/moment')).how, 'known');
    clock.now = new Date(closesAt.getTime() - 1);
    const back = await ask('/moment');
    assert.deepEqual([back.how, back.built], ['full', false], 'the answer before the moment was still kept');
  });

  test('a change of content ends it, seats alone do not', async () => {
    await ask('/changing');
    assert.equal((await ask('/changing')).how, 'known');
    await db.transaction((tx) => bumpContentVersion(tx, 'seats'));
    assert.equal((await ask('/changing')).how, 'known');
    await db.transaction((tx) => bumpContentVersion(tx, 'content'));
    const changed = await ask('/changing');
    assert.deepEqual([changed.how, changed.built], ['full', true]);
  });

  test('with the cache off nothing is known', async () => {
    const off = createCachedReads({ db, clock: () => clock.now, budgetBytes: 0 });
    const request = { method: 'GET', url: '/things?a=1&b=2' } as IncomingMessage;
    assert.equal(off.known(request), undefined);
    await off.close();
  });
});

/** An answer without its Date, which may differ by a second between two requests. */
async function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  const answer = await rawRequest(url, headers, method);
  const { date, ...kept } = answer.headers;
  assert.ok(date);
  return { ...answer, headers: kept };
}

describe('a known read through the server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite' });
  });
  after(() => server.close());

  test('sends what the full path sent, byte for byte: 200 as it is, in brotli, in gzip, HEAD and 304', async () => {
    const etag = (await raw(`${server.baseUrl}/challenges?lang=fr`)).headers.etag as string;
    const variants = [[{}], [{ 'accept-encoding': 'br' }], [{ 'accept-encoding': 'gzip' }], [{}, 'HEAD'], [{ 'if-none-match': etag }]] as const;
    for (const [i, [headers, method]] of variants.entries()) {
      // A request target of its own (the same query), so that the first request goes the full way.
      const url = `${server.baseUrl}/challenges?lang=fr${'&'.repeat(i + 1)}`;
      const full = await raw(url, headers, method);
      const known = await raw(url, headers, method);
      assert.equal(full.status, method ? 200 : 'if-none-match' in headers ? 304 : 200);
      assert.deepEqual(known, full, `${method ?? 'GET'} ${JSON.stringify(headers)}`);
    }
  });
});

describe('a known read and what comes before a read', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite', env: { INO_RATE_LIMIT_GET: '3/60' } });
  });
  after(() => server.close());

  test('still takes from the read limit: the fourth read is 429 with its problem and CORS', async () => {
    const url = `${server.baseUrl}/themes`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await raw(url)).status);
    const refused = await raw(url);
    assert.deepEqual(statuses, [200, 200, 200]);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers['access-control-allow-origin'], '*');
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.match(JSON.parse(refused.body.toString()).type, /\/problems\/rate-limited$/);
  });

  test('still needs a Host on HTTP/1.1', async () => {
    const { port, pathname } = new URL(`${server.baseUrl}/themes`);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(`GET ${pathname} HTTP/1.1\r\nConnection: close\r\n\r\n`));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400 /);
  });
});
