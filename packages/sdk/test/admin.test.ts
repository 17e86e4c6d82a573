// adminOf: the organiser API's content routes over msw, as a host's editing screen calls them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { adminOf, ApiError, createConnection } from '../src/index.js';
import { BASE } from './fixtures.js';
import { mswServer, recordRequests } from './requests.js';

const server = mswServer();

const connection = () => createConnection({ baseUrl: BASE, retryBaseDelayMs: 1, maxRetryDelayMs: 20 });
const theme = { id: 'werk', label: 'Werk', translations: { fr: { label: 'Travail' } } };
const problem = (status: number, kind: string) =>
  HttpResponse.json(
    { type: `https://api.example.org/problems/${kind}`, title: kind, status },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const recorder = () => recordRequests(server);

describe('adminOf', () => {
  test('get answers the record with its ETag, sending the token as a bearer header and never in the URL', async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/admin/themes/werk`, () => HttpResponse.json(theme, { headers: { etag: '"t1"', 'cache-control': 'no-store' } })));
    const got = await adminOf(connection(), { token: 'secret-token' }).get('themes', 'werk');
    assert.deepEqual(got, { record: theme, etag: '"t1"' });
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer secret-token');
    assert.doesNotMatch(seen[0]!.url, /secret-token/);
    assert.equal(new URL(seen[0]!.url).search, '', 'no language or other query on an admin call');
  });

  test('content reads the whole store', async () => {
    const store = { organisations: [], themes: [theme], programmes: [], practices: [], challenges: [], learningTracks: [] };
    server.use(http.get(`${BASE}/admin/content`, () => HttpResponse.json(store)));
    assert.deepEqual(await adminOf(connection(), { token: 't' }).content(), store);
  });

  test('getToken is asked before every request, so a refreshed token is used', async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/admin/themes/werk`, () => HttpResponse.json(theme, { headers: { etag: '"t1"' } })));
    let issued = 0;
    const admin = adminOf(connection(), { getToken: async () => `token-${++issued}` });
    await admin.get('themes', 'werk');
    await admin.get('themes', 'werk');
    assert.deepEqual(
      seen.map((r) => r.headers.get('authorization')),
      ['Bearer token-1', 'Bearer token-2'],
    );
  });

  test('answers are not cached: a second read goes to the server without If-None-Match', async () => {
    const seen = recorder();
    let version = 0;
    server.use(
      http.get(`${BASE}/admin/themes/werk`, () => HttpResponse.json({ ...theme, label: `Werk ${++version}` }, { headers: { etag: `"v${version}"` } })),
    );
    const admin = adminOf(connection(), { token: 't' });
    await admin.get('themes', 'werk');
    const second = await admin.get('themes', 'werk');
    assert.deepEqual(second, { record: { ...theme, label: 'Werk 2' }, etag: '"v2"' });
    assert.deepEqual(
      seen.map((r) => r.headers.get('if-none-match')),
      [null, null],
    );
  });

  test('create sends If-None-Match: *, replace and withdraw send If-Match with the ETag', async () => {
    const seen = recorder();
    server.use(
      http.put(`${BASE}/admin/learning-tracks/:id`, async ({ request }) =>
        HttpResponse.json(await request.json(), { status: request.headers.has('if-match') ? 200 : 201, headers: { etag: '"new"' } }),
      ),
      http.delete(`${BASE}/admin/learning-tracks/:id`, () => HttpResponse.json({ ...theme, id: 'track' })),
    );
    const admin = adminOf(connection(), { token: 't' });
    const record = { id: 'track', title: 'Track' };
    assert.deepEqual(await admin.create('learning-tracks', record), { record, etag: '"new"' });
    assert.deepEqual(await admin.replace('learning-tracks', 'track', { ...record, title: 'Renamed' }, '"old"'), {
      record: { ...record, title: 'Renamed' },
      etag: '"new"',
    });
    assert.deepEqual(await admin.withdraw('learning-tracks', 'track', '"new"'), { ...theme, id: 'track' });
    assert.deepEqual(
      seen.map((r) => [r.method, new URL(r.url).pathname, r.headers.get('if-none-match'), r.headers.get('if-match'), r.headers.get('authorization')]),
      [
        ['PUT', '/ino/v1/admin/learning-tracks/track', '*', null, 'Bearer t'],
        ['PUT', '/ino/v1/admin/learning-tracks/track', null, '"old"', 'Bearer t'],
        ['DELETE', '/ino/v1/admin/learning-tracks/track', null, '"new"', 'Bearer t'],
      ],
    );
    assert.equal(seen[0]!.headers.get('content-type'), 'application/json');
  });

  test('refusals are ApiErrors with the kind of problem', async () => {
    server.use(
      http.get(`${BASE}/admin/themes/werk`, () => problem(401, 'unauthorized')),
      http.get(`${BASE}/admin/content`, () => problem(403, 'forbidden')),
      http.put(`${BASE}/admin/themes/werk`, () => problem(412, 'precondition-failed')),
    );
    const admin = adminOf(connection(), { token: 'expired' });
    const kindOf = (promise: Promise<unknown>) =>
      promise.then(
        () => assert.fail('expected a refusal'),
        (error: unknown) => {
          assert.ok(error instanceof ApiError);
          return [error.status, error.kind];
        },
      );
    assert.deepEqual(await kindOf(admin.get('themes', 'werk')), [401, 'unauthorized']);
    assert.deepEqual(await kindOf(admin.content()), [403, 'forbidden']);
    assert.deepEqual(await kindOf(admin.replace('themes', 'werk', theme, '"stale"')), [412, 'precondition-failed']);
  });
});
