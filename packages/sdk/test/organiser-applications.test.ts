// organiserApplicationsOf: the organiser API's applications (CONTRACT.md §4.2) over msw, as an
// organiser's table calls them: the headers it sends, tolerant pages, the CSV, decisions and refusals.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { ApiError, createConnection, NetworkError, organiserApplicationsOf, ValidationError, type OrganiserApplication } from '../src/index.js';
import { BASE } from './fixtures.js';
import { mswServer, recordRequests } from './requests.js';

const server = mswServer();

const connection = () => createConnection({ baseUrl: BASE, retryBaseDelayMs: 1, maxRetryDelayMs: 20 });
const TRACK = 'lerend-netwerk-participatie-2027';
const LIST = `${BASE}/admin/learning-tracks/${TRACK}/applications`;
const application = (n: number, extra: Partial<OrganiserApplication> = {}): OrganiserApplication => ({
  id: `app-${n}`,
  trackId: TRACK,
  status: 'received',
  givenName: 'Fien',
  familyName: `Voorbeeld ${n}`,
  email: `fien.${n}@example.org`,
  organisation: 'Stad Gent',
  answers: { bring: 'Ervaring.' },
  lang: 'nl',
  receivedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  history: [{ at: '2026-12-01T10:00:00.000Z', from: null, to: 'received', by: 'applicant' }],
  ...extra,
});
const problem = (status: number, kind: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: `https://api.example.org/problems/${kind}`, title: kind, status },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
const organiser = (auth: Parameters<typeof organiserApplicationsOf>[1] = { token: 'organiser-token' }) => organiserApplicationsOf(connection(), auth);

describe('organiserApplicationsOf', () => {
  test('list sends the bearer token, the filters and the page as query, and reads the page', async () => {
    const seen = recordRequests(server);
    const page = { items: [application(1), application(2)], nextCursor: 'c2', total: 7 };
    server.use(http.get(LIST, () => HttpResponse.json(page, { headers: { 'cache-control': 'no-store' } })));
    const got = await organiser().list(TRACK, { status: ['received', 'waitlisted'], q: 'Gent', limit: 2, cursor: 'c1' });
    assert.deepEqual(got, { ...page, dropped: [] });
    const url = new URL(seen[0]!.url);
    assert.deepEqual(Object.fromEntries(url.searchParams), { cursor: 'c1', limit: '2', q: 'Gent', status: 'received,waitlisted' });
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer organiser-token');
    assert.equal(seen[0]!.headers.get('accept'), 'application/json');
  });

  test('list without a query sends none; a page without total has none', async () => {
    const seen = recordRequests(server);
    server.use(http.get(LIST, () => HttpResponse.json({ items: [], nextCursor: null })));
    assert.deepEqual(await organiser().list(TRACK), { items: [], nextCursor: null, dropped: [] });
    assert.equal(new URL(seen[0]!.url).search, '');
  });

  test('getToken is asked before every request, so a refreshed token is used', async () => {
    const seen = recordRequests(server);
    server.use(http.get(LIST, () => HttpResponse.json({ items: [], nextCursor: null })));
    let issued = 0;
    const applications = organiser({ getToken: async () => `token-${++issued}` });
    await applications.list(TRACK);
    await applications.list(TRACK);
    assert.deepEqual(
      seen.map((r) => r.headers.get('authorization')),
      ['Bearer token-1', 'Bearer token-2'],
    );
  });

  test('tolerant: a malformed application is left out and reported, the rest stand', async () => {
    const broken = { ...application(2), history: 'none' };
    const withBadField = application(3, { offerExpiresAt: 'morgen' as string });
    server.use(http.get(LIST, () => HttpResponse.json({ items: [application(1), broken, withBadField], nextCursor: null })));
    const page = await organiser().list(TRACK);
    assert.deepEqual(
      page.items.map((a) => [a.id, a.offerExpiresAt]),
      [
        ['app-1', undefined],
        ['app-3', undefined],
      ],
    );
    assert.deepEqual(
      page.dropped.map((d) => [d.path, d.id]),
      [
        ['items.1', 'app-2'],
        ['items.2.offerExpiresAt', 'app-3'],
      ],
    );
  });

  test('all follows nextCursor 100 at a time, with drops named by their place in the whole list', async () => {
    const seen = recordRequests(server);
    const pages: Record<string, object> = {
      '': { items: [application(1), { id: 'app-2' }], nextCursor: 'p2' },
      p2: { items: [application(3), { id: 'app-4' }], nextCursor: null },
    };
    server.use(http.get(LIST, ({ request }) => HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? ''])));
    const { items, dropped } = await organiser().all(TRACK, { status: ['received'] });
    assert.deepEqual(
      items.map((a) => a.id),
      ['app-1', 'app-3'],
    );
    assert.deepEqual(
      dropped.map((d) => d.path),
      ['items.1', 'items.3'],
    );
    assert.deepEqual(
      seen.map((r) => Object.fromEntries(new URL(r.url).searchParams)),
      [
        { limit: '100', status: 'received' },
        { cursor: 'p2', limit: '100', status: 'received' },
      ],
    );
  });

  test('all refuses a cursor it was given before', async () => {
    server.use(http.get(LIST, () => HttpResponse.json({ items: [], nextCursor: 'again' })));
    await assert.rejects(organiser().all(TRACK), ValidationError);
  });

  test('csv asks for text/csv and answers the text, BOM and all, and the file name from Content-Disposition', async () => {
    const seen = recordRequests(server);
    const file = '\uFEFFid,status,givenName\r\napp-1,received,Zoë\r\n';
    server.use(
      http.get(
        LIST,
        () =>
          new HttpResponse(new TextEncoder().encode(file), {
            headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${TRACK}-2026-12-06.csv"` },
          }),
      ),
    );
    const csv = await organiser().csv(TRACK);
    assert.deepEqual(csv, { text: file, fileName: `${TRACK}-2026-12-06.csv` });
    assert.equal(seen[0]!.headers.get('accept'), 'text/csv');
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer organiser-token');
  });

  test('csv reads a file name with or without quotes, and names none when the API names none', async () => {
    const answers = ['attachment; filename=deelnemers.csv', 'attachment'];
    server.use(http.get(LIST, () => new HttpResponse('a\r\n', { headers: { 'content-type': 'text/csv', 'content-disposition': answers.shift()! } })));
    assert.equal((await organiser().csv(TRACK)).fileName, 'deelnemers.csv');
    assert.equal((await organiser().csv(TRACK)).fileName, undefined);
  });

  test('csv: a refusal is still an ApiError with its kind', async () => {
    server.use(http.get(LIST, () => problem(403, 'forbidden')));
    await assert.rejects(organiser().csv(TRACK), (e: unknown) => e instanceof ApiError && e.kind === 'forbidden');
  });

  test('get answers the application with its ETag', async () => {
    server.use(http.get(`${BASE}/admin/applications/app-1`, () => HttpResponse.json(application(1), { headers: { etag: '"a1"' } })));
    assert.deepEqual(await organiser().get('app-1'), { application: application(1), etag: '"a1"', dropped: [] });
  });

  test('get and decide report what they left out of the application', async () => {
    const withBadField = application(1, { offerExpiresAt: 'morgen' as string });
    server.use(
      http.get(`${BASE}/admin/applications/app-1`, () => HttpResponse.json(withBadField, { headers: { etag: '"a1"' } })),
      http.post(`${BASE}/admin/applications/app-1/decision`, () => HttpResponse.json(withBadField, { headers: { etag: '"a2"' } })),
    );
    for (const got of [await organiser().get('app-1'), await organiser().decide('app-1', { decision: 'select' }, '"a1"')]) {
      assert.equal(got.application.offerExpiresAt, undefined);
      assert.deepEqual(
        got.dropped.map((d) => d.path),
        ['offerExpiresAt'],
      );
    }
  });

  test('decide posts the decision with If-Match and answers the new version and its ETag', async () => {
    const seen = recordRequests(server);
    const decided = application(1, { status: 'confirmed' });
    server.use(http.post(`${BASE}/admin/applications/app-1/decision`, () => HttpResponse.json(decided, { headers: { etag: '"a2"' } })));
    const got = await organiser().decide('app-1', { decision: 'select', note: 'Sterke motivatie.' }, '"a1"');
    assert.deepEqual(got, { application: decided, etag: '"a2"', dropped: [] });
    assert.equal(seen[0]!.method, 'POST');
    assert.equal(seen[0]!.headers.get('if-match'), '"a1"');
    assert.equal(seen[0]!.headers.get('content-type'), 'application/json');
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer organiser-token');
    assert.deepEqual(await seen[0]!.json(), { decision: 'select', note: 'Sterke motivatie.' });
  });

  test('each refusal is an ApiError with its kind', async () => {
    const kinds = [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [412, 'precondition-failed'],
      [428, 'precondition-required'],
      [409, 'conflict'],
      [409, 'seats-exhausted'],
    ] as const;
    for (const [status, kind] of kinds) {
      server.use(http.post(`${BASE}/admin/applications/app-1/decision`, () => problem(status, kind, status === 401 ? { 'www-authenticate': 'Bearer' } : {})));
      await assert.rejects(
        organiser().decide('app-1', { decision: 'select' }, '"a1"'),
        (e: unknown) => e instanceof ApiError && e.status === status && e.kind === kind,
        kind,
      );
    }
  });

  test('a decision is not retried after a network failure; a read is', async () => {
    let decisions = 0;
    let reads = 0;
    server.use(
      http.post(`${BASE}/admin/applications/app-1/decision`, () => {
        decisions++;
        return HttpResponse.error();
      }),
      http.get(`${BASE}/admin/applications/app-1`, () =>
        ++reads === 1 ? HttpResponse.error() : HttpResponse.json(application(1), { headers: { etag: '"a1"' } }),
      ),
    );
    await assert.rejects(organiser().decide('app-1', { decision: 'decline' }, '"a1"'), NetworkError);
    assert.equal(decisions, 1);
    assert.equal((await organiser().get('app-1')).etag, '"a1"');
    assert.equal(reads, 2);
  });
});
