// myApplicationOf: one's own application (CONTRACT.md §3.7) over msw, as the manage page calls it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { ApiError, createConnection, myApplicationOf, ValidationError, type MyApplication } from '../src/index.js';
import { BASE } from './fixtures.js';
import { mswServer, recordRequests } from './requests.js';

const server = mswServer();

const connection = () => createConnection({ baseUrl: BASE, retryBaseDelayMs: 1, maxRetryDelayMs: 20 });
const TOKEN = 'q8V0mK3r-Lx_4tNwZ1y2b3c4d5e6f7g8h9i0j1k2l3m';
const mine: MyApplication = {
  id: 'app-1',
  trackId: 'lerend-netwerk-participatie-2027',
  status: 'offered',
  offerExpiresAt: '2026-12-08T10:00:00Z',
  givenName: 'An',
  familyName: 'Peeters',
  email: 'an.peeters@example.org',
  organisation: 'Stad Gent',
  answers: { bring: 'Ervaring.' },
  lang: 'nl',
  receivedAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-05T10:00:00Z',
};
const problem = (status: number, kind: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: `https://api.example.org/problems/${kind}`, title: kind, status },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

describe('myApplicationOf', () => {
  test('get sends the token as a bearer header, never in the URL, and reads the application', async () => {
    const seen = recordRequests(server);
    server.use(http.get(`${BASE}/me/application`, () => HttpResponse.json(mine, { headers: { 'cache-control': 'no-store' } })));
    const { application, dropped } = await myApplicationOf(connection(), { token: TOKEN }).get();
    assert.deepEqual([application, dropped], [mine, []]);
    assert.equal(seen[0]!.headers.get('authorization'), `Bearer ${TOKEN}`);
    assert.doesNotMatch(seen[0]!.url, new RegExp(TOKEN));
    assert.equal(new URL(seen[0]!.url).search, '', 'no language or other query');
  });

  test('answers are not cached: a second get goes to the server without If-None-Match', async () => {
    const seen = recordRequests(server);
    let version = 0;
    server.use(
      http.get(`${BASE}/me/application`, () =>
        HttpResponse.json({ ...mine, status: ++version === 1 ? 'offered' : 'confirmed' }, { headers: { etag: `"v${version}"` } }),
      ),
    );
    const resource = myApplicationOf(connection(), { token: TOKEN });
    await resource.get();
    assert.equal((await resource.get()).application.status, 'confirmed');
    assert.deepEqual(
      seen.map((r) => r.headers.get('if-none-match')),
      [null, null],
    );
  });

  test('read tolerantly: a malformed offerExpiresAt is dropped and reported, the application stands', async () => {
    server.use(http.get(`${BASE}/me/application`, () => HttpResponse.json({ ...mine, offerExpiresAt: 'next tuesday', somethingNew: 1 })));
    const { application, dropped } = await myApplicationOf(connection(), { token: TOKEN }).get();
    assert.equal(application.offerExpiresAt, undefined);
    assert.equal(application.status, 'offered');
    assert.deepEqual(
      dropped.map((d) => d.path),
      ['offerExpiresAt'],
    );
  });

  test("cancel and accept POST with the token and an Idempotency-Key, each call its own, every retry of a call the call's", async () => {
    const seen = recordRequests(server);
    let accepts = 0;
    server.use(
      http.post(`${BASE}/me/application/cancel`, () => HttpResponse.json({ ...mine, status: 'cancelled', offerExpiresAt: undefined })),
      // The first try's answer is lost (503): the transport tries again with the same key.
      http.post(`${BASE}/me/application/accept`, () =>
        ++accepts === 1 ? problem(503, 'unavailable', { 'retry-after': '0' }) : HttpResponse.json({ ...mine, status: 'confirmed', offerExpiresAt: undefined }),
      ),
    );
    const resource = myApplicationOf(connection(), { token: TOKEN });
    assert.equal((await resource.cancel()).application.status, 'cancelled');
    assert.equal((await resource.accept()).application.status, 'confirmed');
    assert.deepEqual(
      seen.map((r) => [new URL(r.url).pathname.split('/').pop(), r.method, r.headers.get('authorization')]),
      [
        ['cancel', 'POST', `Bearer ${TOKEN}`],
        ['accept', 'POST', `Bearer ${TOKEN}`],
        ['accept', 'POST', `Bearer ${TOKEN}`],
      ],
    );
    const keys = seen.map((r) => r.headers.get('idempotency-key')!);
    assert.ok(
      keys.every((k) => /^[A-Za-z0-9_-]{8,128}$/.test(k)),
      keys.join(),
    );
    assert.notEqual(keys[0], keys[1], 'each call its own key');
    assert.equal(keys[1], keys[2], 'a retry carries its attempt’s key');
  });

  test('a key given by the host is sent, and one that is not a key is refused before sending', async () => {
    const seen = recordRequests(server);
    server.use(http.post(`${BASE}/me/application/accept`, () => HttpResponse.json({ ...mine, status: 'confirmed' })));
    await myApplicationOf(connection(), { token: TOKEN }).accept({ idempotencyKey: 'the-hosts-own-key' });
    assert.equal(seen[0]!.headers.get('idempotency-key'), 'the-hosts-own-key');
    await assert.rejects(myApplicationOf(connection(), { token: TOKEN }).accept({ idempotencyKey: 'kort' }), ValidationError);
    assert.equal(seen.length, 1);
  });

  test('refusals are ApiErrors by kind: unauthorized, offer-expired, conflict', async () => {
    server.use(
      http.get(`${BASE}/me/application`, () => problem(401, 'unauthorized', { 'www-authenticate': 'Bearer realm="ino-application"' })),
      http.post(`${BASE}/me/application/accept`, ({ request }) =>
        request.headers.get('idempotency-key') === 'too-late-key' ? problem(410, 'offer-expired') : problem(409, 'conflict'),
      ),
    );
    const resource = myApplicationOf(connection(), { token: TOKEN });
    const kindOf = (call: Promise<unknown>) =>
      call.then(
        () => 'answered',
        (e: unknown) => (e instanceof ApiError ? `${e.status} ${e.kind}` : String(e)),
      );
    assert.equal(await kindOf(resource.get()), '401 unauthorized');
    assert.equal(await kindOf(resource.accept({ idempotencyKey: 'too-late-key' })), '410 offer-expired');
    assert.equal(await kindOf(resource.accept()), '409 conflict');
  });

  test('a token that no header can carry is refused at once, not sent as a network error', () => {
    assert.throws(() => myApplicationOf(connection(), { token: 'with space' }), ValidationError);
    assert.throws(() => myApplicationOf(connection(), { token: '' }), ValidationError);
  });
});
