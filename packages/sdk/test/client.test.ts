import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { ApiError, createClient, createIdempotencyKey, InoError, NetworkError, TimeoutError, ValidationError, type ClientOptions } from '../src/index.js';
import { application, BASE, challenge, practice, track } from './fixtures.js';
import { mswServer, recordRequests } from './requests.js';

const server = mswServer();

/** Fast retries so that the tests do not wait on real backoff. */
const client = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: BASE, retryBaseDelayMs: 1, maxRetryDelayMs: 20, ...options });

const recorder = () => recordRequests(server);

describe('createClient: one method per endpoint', () => {
  test('GET a practice, with the client language in the query', async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/practices/:id`, ({ params }) => HttpResponse.json({ ...practice, id: params.id })));
    const got = await client({ lang: 'fr' }).practices.get('work-out-room');
    assert.equal(got.title, 'Work out Room');
    assert.equal(new URL(seen[0]!.url).searchParams.get('lang'), 'fr');
    assert.equal(new URL(seen[0]!.url).pathname, '/ino/v1/practices/work-out-room');
  });

  test('list filters reach the query; several statuses are comma-separated', async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/challenges`, () => HttpResponse.json({ items: [challenge], nextCursor: null, total: 1 })));
    const page = await client().challenges.list({ status: ['open', 'announced'], nis: '44021', theme: 'data', sort: 'updatedAt', limit: 5 }, { lang: 'en' });
    assert.equal(page.items.length, 1);
    const query = new URL(seen[0]!.url).searchParams;
    assert.equal(query.get('status'), 'open,announced');
    assert.equal(query.get('nis'), '44021');
    assert.equal(query.get('theme'), 'data');
    assert.equal(query.get('sort'), 'updatedAt');
    assert.equal(query.get('limit'), '5');
    assert.equal(query.get('lang'), 'en');
  });

  test('every endpoint of the contract', async () => {
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname.replace('/ino/v1', '')));
    const org = { id: 'vdab', name: 'VDAB', kind: 'flemish-entity', level: 'flemish' };
    const rung = (level: number) => ({
      level,
      key: `rung-${level}`,
      name: `R${level}`,
      summary: '',
      initiative: '',
      decision: '',
      responsibility: '',
      examples: [],
    });
    server.use(
      http.get(`${BASE}/practices`, () => HttpResponse.json({ items: [practice], nextCursor: null })),
      http.get(`${BASE}/challenges/:id`, () => HttpResponse.json(challenge)),
      http.get(`${BASE}/learning-tracks`, () => HttpResponse.json({ items: [track], nextCursor: null })),
      http.get(`${BASE}/learning-tracks/:id`, () => HttpResponse.json(track)),
      http.get(`${BASE}/organisations`, () => HttpResponse.json({ items: [org], nextCursor: null })),
      http.get(`${BASE}/themes`, () => HttpResponse.json({ items: [{ id: 'werk', label: 'Werk' }] })),
      http.get(`${BASE}/participation-ladder`, () => HttpResponse.json({ version: '2026-01', lang: 'nl', rungs: [1, 2, 3, 4, 5].map(rung) })),
    );
    const c = client();
    assert.equal((await c.practices.list()).items[0]!.id, 'work-out-room');
    assert.equal((await c.challenges.get('sluisdeuren-voorspellend-onderhoud')).status, 'open');
    assert.equal((await c.learningTracks.list()).items.length, 1);
    assert.equal((await c.learningTracks.get(track.id)).seats, 30);
    assert.equal((await c.organisations.list({ kind: 'flemish-entity' })).items[0]!.name, 'VDAB');
    assert.deepEqual(await c.themes.list(), [{ id: 'werk', label: 'Werk' }]);
    assert.equal((await c.participationLadder.get()).rungs.length, 5);
    assert.deepEqual(paths, [
      '/practices',
      '/challenges/sluisdeuren-voorspellend-onderhoud',
      '/learning-tracks',
      `/learning-tracks/${track.id}`,
      '/organisations',
      '/themes',
      '/participation-ladder',
    ]);
  });

  test('a base URL with a path and a trailing slash', async () => {
    server.use(http.get('https://api.example.test/a/b/practices/x', () => HttpResponse.json({ ...practice, id: 'x' })));
    assert.equal((await createClient({ baseUrl: 'https://api.example.test/a/b/' }).practices.get('x')).id, 'x');
  });

  test('an id that is not a slug is refused before any request', async () => {
    const seen = recorder();
    await assert.rejects(client().practices.get('../admin'), ValidationError);
    assert.equal(seen.length, 0);
  });
});

describe('pagination', () => {
  const pages: Record<string, { ids: string[]; next: string | null }> = {
    start: { ids: ['a', 'b'], next: 'c2' },
    c2: { ids: ['c', 'd'], next: 'c3' },
    c3: { ids: ['e'], next: null },
  };
  const handler = http.get(`${BASE}/practices`, ({ request }) => {
    const page = pages[new URL(request.url).searchParams.get('cursor') ?? 'start']!;
    return HttpResponse.json({ items: page.ids.map((id) => ({ ...practice, id })), nextCursor: page.next, total: 5 });
  });

  test('list returns one page with its cursor', async () => {
    server.use(handler);
    const page = await client().practices.list({ limit: 2 });
    assert.deepEqual(
      page.items.map((p) => p.id),
      ['a', 'b'],
    );
    assert.equal(page.nextCursor, 'c2');
    assert.equal(page.total, 5);
    const second = await client().practices.list({ cursor: page.nextCursor });
    assert.deepEqual(
      second.items.map((p) => p.id),
      ['c', 'd'],
    );
  });

  test('iterate follows nextCursor to the end', async () => {
    server.use(handler);
    const ids: string[] = [];
    for await (const p of client().practices.iterate({ limit: 2 })) ids.push(p.id);
    assert.deepEqual(ids, ['a', 'b', 'c', 'd', 'e']);
  });

  test('iterate stops with an error when the server repeats a cursor, after what it did read', async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/practices`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        // c1 → c2 → c1 again: a loop.
        const next = cursor === null ? 'c1' : cursor === 'c1' ? 'c2' : 'c1';
        return HttpResponse.json({ items: [{ ...practice, id: `p-${cursor ?? 'start'}` }], nextCursor: next, total: 9 });
      }),
    );
    const ids: string[] = [];
    await assert.rejects(
      async () => {
        for await (const p of client().practices.iterate()) ids.push(p.id);
      },
      (e: unknown) => e instanceof ValidationError && /repeated a cursor/.test(e.message),
    );
    assert.deepEqual(ids, ['p-start', 'p-c1', 'p-c2']);
    assert.equal(seen.length, 3, 'no fourth request');
  });

  test('iterate stops fetching when the loop breaks', async () => {
    const seen = recorder();
    server.use(handler);
    for await (const p of client().practices.iterate()) if (p.id === 'b') break;
    assert.equal(seen.length, 1);
  });
});

describe('errors', () => {
  test('problem+json becomes an ApiError with its kind', async () => {
    server.use(
      http.get(`${BASE}/practices/:id`, () =>
        HttpResponse.json(
          { type: 'https://innovatienetwerk.example/problems/not-found', title: 'Not found', status: 404, detail: 'No practice nope' },
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    await assert.rejects(client().practices.get('nope'), (error: unknown) => {
      assert.ok(error instanceof ApiError && error instanceof InoError);
      assert.equal(error.status, 404);
      assert.equal(error.kind, 'not-found');
      assert.equal(error.message, 'No practice nope');
      return true;
    });
  });

  test("a problem's kind is the part of its type after /problems/, whatever the host", async () => {
    const kindOf = async (type: string) => {
      server.use(
        http.get(`${BASE}/practices/:id`, () =>
          HttpResponse.json({ type, title: 'x', status: 422 }, { status: 422, headers: { 'content-type': 'application/problem+json' } }),
        ),
      );
      const error = await client()
        .practices.get('x')
        .catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      return error.kind;
    };
    assert.equal(await kindOf('https://api.gent.be/problems/validation'), 'validation');
    assert.equal(await kindOf('https://api.example.org/ino/v1/problems/seats-exhausted'), 'seats-exhausted');
    assert.equal(await kindOf('about:blank'), 'about:blank');
    assert.equal(await kindOf('https://other.example/errors/validation'), 'https://other.example/errors/validation');
  });

  test('an error status without problem details still gives an ApiError', async () => {
    server.use(http.get(`${BASE}/practices/:id`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })));
    await assert.rejects(client().practices.get('x'), (error: unknown) => error instanceof ApiError && error.status === 502 && error.kind === 'about:blank');
  });

  test('malformed JSON is a ValidationError', async () => {
    server.use(http.get(`${BASE}/practices/:id`, () => new HttpResponse('{"id": "x", ', { headers: { 'content-type': 'application/json' } })));
    await assert.rejects(client().practices.get('x'), ValidationError);
  });

  test('a page keeps its valid items and reports the others in dropped', async () => {
    server.use(
      http.get(`${BASE}/practices`, () =>
        HttpResponse.json({
          items: [practice, { ...practice, id: 'broken', organisations: 'VDAB' }, { ...practice, id: 'fine' }, 42],
          nextCursor: 'next',
          total: 9,
        }),
      ),
    );
    const page = await client().practices.list();
    assert.deepEqual(
      page.items.map((p) => p.id),
      ['work-out-room', 'fine'],
    );
    assert.equal(page.nextCursor, 'next');
    assert.equal(page.total, 9);
    assert.deepEqual(
      page.dropped.map((d) => [d.path, d.id]),
      [
        ['items.1', 'broken'],
        ['items.3', undefined],
      ],
    );
    assert.equal(page.dropped[0]!.issues[0]!.path, 'items.1.organisations');
  });

  test('a page of valid items reports nothing dropped', async () => {
    server.use(http.get(`${BASE}/practices`, () => HttpResponse.json({ items: [practice], nextCursor: null })));
    assert.deepEqual((await client().practices.list()).dropped, []);
  });

  test('a page whose envelope breaks the contract is a ValidationError', async () => {
    server.use(http.get(`${BASE}/practices`, () => HttpResponse.json({ items: 'none', nextCursor: 7 })));
    await assert.rejects(client().practices.list(), ValidationError);
  });

  test('a resource whose own required field is unusable is a ValidationError that names the path', async () => {
    server.use(http.get(`${BASE}/practices/:id`, () => HttpResponse.json({ ...practice, organisations: 'VDAB' })));
    await assert.rejects(client().practices.get('x'), (error: unknown) => error instanceof ValidationError && error.issues[0]!.path === 'organisations');
  });

  test('get keeps what is valid of a resource; read also says what was dropped', async () => {
    const links = [practice.links[0]!, { label: 'Kwaad', url: 'javascript:alert(1)' }, { label: 'Ook goed', url: 'https://example.org/b' }];
    server.use(http.get(`${BASE}/practices/:id`, () => HttpResponse.json({ ...practice, links, startedOn: 'gisteren' })));
    const got = await client().practices.get('work-out-room');
    assert.deepEqual(got.links, [links[0], links[2]]);
    assert.equal(got.startedOn, undefined);
    const { value, dropped } = await client({ cacheSize: 0 }).practices.read('work-out-room');
    assert.deepEqual(value, got);
    assert.deepEqual(dropped.map((d) => [d.path, d.id, d.issues.map((i) => i.path)]).sort(), [
      ['links.1', 'work-out-room', ['links.1.url']],
      ['startedOn', 'work-out-room', ['startedOn']],
    ]);
  });

  test('the ladder and the theme list are read tolerantly too', async () => {
    server.use(
      http.get(`${BASE}/themes`, () =>
        HttpResponse.json({
          items: [
            { id: 'werk', label: 'Werk' },
            { id: 'Not A Slug', label: 'x' },
          ],
        }),
      ),
    );
    const themes = await client().themes.read();
    assert.deepEqual(themes.value, [{ id: 'werk', label: 'Werk' }]);
    assert.deepEqual(
      themes.dropped.map((d) => d.path),
      ['items.1'],
    );
    assert.deepEqual(await client().themes.list(), themes.value);

    const rung = (level: number) => ({
      level,
      key: `rung-${level}`,
      name: `R${level}`,
      summary: '',
      initiative: '',
      decision: '',
      responsibility: '',
      examples: ['Een voorbeeld'],
    });
    const rungs = [1, 2, 3, 4, 5].map(rung);
    rungs[2]!.examples.push('');
    server.use(http.get(`${BASE}/participation-ladder`, () => HttpResponse.json({ version: '2026-01', lang: 'nl', rungs })));
    const ladder = await client().participationLadder.read();
    assert.deepEqual(ladder.value.rungs[2]!.examples, ['Een voorbeeld']);
    assert.deepEqual(
      ladder.dropped.map((d) => d.path),
      ['rungs.2.examples.1'],
    );
    // Five rungs are required: dropping a broken one leaves a ladder that is not one.
    server.use(
      http.get(`${BASE}/participation-ladder`, () =>
        HttpResponse.json({ version: '2026-01', lang: 'nl', rungs: [...rungs.slice(0, 4), { ...rung(5), key: 'Bad Key' }] }),
      ),
    );
    await assert.rejects(client({ cacheSize: 0 }).participationLadder.get(), ValidationError);
  });

  test('a refused connection is a NetworkError', async () => {
    server.use(http.get(`${BASE}/practices/:id`, () => HttpResponse.error()));
    await assert.rejects(client({ retries: 0 }).practices.get('x'), NetworkError);
  });

  test('no answer in time is a TimeoutError', async () => {
    server.use(
      http.get(`${BASE}/practices/:id`, async () => {
        await delay(500);
        return HttpResponse.json(practice);
      }),
    );
    await assert.rejects(client({ timeoutMs: 30, retries: 0 }).practices.get('x'), (error: unknown) => error instanceof TimeoutError && error.timeoutMs === 30);
  });

  test("the caller's abort rejects with an AbortError, not an InoError", async () => {
    server.use(
      http.get(`${BASE}/practices/:id`, async () => {
        await delay(500);
        return HttpResponse.json(practice);
      }),
    );
    const controller = new AbortController();
    const pending = client().practices.get('x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(pending, (error: unknown) => error instanceof Error && error.name === 'AbortError' && !(error instanceof InoError));
  });
});

describe('retries', () => {
  test('a GET is retried after 503 and network errors', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/practices/:id`, () => {
        calls++;
        if (calls === 1) return HttpResponse.json({ title: 'Unavailable' }, { status: 503 });
        if (calls === 2) return HttpResponse.error();
        return HttpResponse.json(practice);
      }),
    );
    assert.equal((await client().practices.get('x')).id, 'work-out-room');
    assert.equal(calls, 3);
  });

  test('gives up after `retries` extra tries', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/practices/:id`, () => {
        calls++;
        return HttpResponse.json({ title: 'Unavailable' }, { status: 503 });
      }),
    );
    await assert.rejects(client({ retries: 3 }).practices.get('x'), (error: unknown) => error instanceof ApiError && error.status === 503);
    assert.equal(calls, 4);
  });

  test('4xx other than 429 is not retried', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/practices/:id`, () => {
        calls++;
        return HttpResponse.json({ title: 'Bad' }, { status: 400 });
      }),
    );
    await assert.rejects(client().practices.get('x'), ApiError);
    assert.equal(calls, 1);
  });

  test('429 waits for Retry-After, capped by maxRetryDelayMs', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE}/practices/:id`, () => {
        times.push(performance.now());
        return times.length === 1 ? HttpResponse.json({ title: 'Slow down' }, { status: 429, headers: { 'retry-after': '1' } }) : HttpResponse.json(practice);
      }),
    );
    await client({ maxRetryDelayMs: 5_000 }).practices.get('x');
    assert.ok(times[1]! - times[0]! >= 950, `waited ${times[1]! - times[0]!} ms for Retry-After: 1`);

    times.length = 0;
    await client({ maxRetryDelayMs: 50 }).practices.get('y');
    assert.ok(times[1]! - times[0]! < 900, `a 1 s Retry-After capped at 50 ms waited ${times[1]! - times[0]!} ms`);
  });

  test('aborting during a backoff wait stops the retries', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/practices/:id`, () => {
        calls++;
        return HttpResponse.json({}, { status: 503, headers: { 'retry-after': '5' } });
      }),
    );
    const controller = new AbortController();
    const pending = client({ maxRetryDelayMs: 10_000 }).practices.get('x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(calls, 1);
  });
});

describe('in-flight de-duplication and the ETag cache', () => {
  test('identical concurrent GETs share one request', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/practices/:id`, async () => {
        calls++;
        await delay(20);
        return HttpResponse.json(practice);
      }),
    );
    const c = client();
    const [a, b] = await Promise.all([c.practices.get('x'), c.practices.get('x')]);
    assert.equal(calls, 1);
    assert.deepEqual(a, b);
    assert.notEqual(a, b, 'each caller gets its own parsed value');
    await Promise.all([c.practices.get('x'), c.practices.get('x', { lang: 'en' })]);
    assert.equal(calls, 3, 'a different query is a different request');
  });

  test('one caller aborting does not abort the other', async () => {
    server.use(
      http.get(`${BASE}/practices/:id`, async () => {
        await delay(40);
        return HttpResponse.json(practice);
      }),
    );
    const c = client();
    const controller = new AbortController();
    const first = c.practices.get('x', { signal: controller.signal });
    const second = c.practices.get('x');
    controller.abort();
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal((await second).id, 'work-out-room');
  });

  test('revalidates with If-None-Match and serves a 304 from the cache', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/practices/:id`, ({ request }) => {
        const tag = request.headers.get('if-none-match');
        seen.push(tag);
        if (tag === '"v1"') return new HttpResponse(null, { status: 304, headers: { etag: '"v1"' } });
        return HttpResponse.json(practice, { headers: { etag: '"v1"' } });
      }),
    );
    const c = client();
    const first = await c.practices.get('x');
    const second = await c.practices.get('x');
    assert.deepEqual(seen, [null, '"v1"']);
    assert.deepEqual(second, first);
  });
});

describe('applications', () => {
  const body = {
    givenName: 'An',
    familyName: 'Peeters',
    email: 'an@example.org',
    organisation: 'Stad Gent',
    answers: { bring: 'x' },
    consentVersion: '2026-09',
    lang: 'nl',
  };

  test('201 is a new application, 200 a replay; the key is sent', async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    server.use(
      http.post(`${BASE}/learning-tracks/:id/applications`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json(application, { status: ++calls === 1 ? 201 : 200 });
      }),
    );
    const key = createIdempotencyKey();
    const first = await client().learningTracks.apply(track.id, body, { idempotencyKey: key });
    const again = await client().learningTracks.apply(track.id, body, { idempotencyKey: key });
    assert.equal(first.replayed, false);
    assert.equal(again.replayed, true);
    assert.equal(first.application.status, 'received');
    assert.deepEqual(first.dropped, []);
    assert.deepEqual(keys, [key, key]);
  });

  test('an accepted application whose answer has a malformed optional field is still accepted, with the drop reported', async () => {
    server.use(
      http.post(`${BASE}/learning-tracks/:id/applications`, () =>
        HttpResponse.json({ ...application, status: 'waitlisted', waitlistPosition: 'derde' }, { status: 201 }),
      ),
    );
    const result = await client().learningTracks.apply(track.id, body, { idempotencyKey: createIdempotencyKey() });
    assert.equal(result.application.status, 'waitlisted');
    assert.equal(result.application.waitlistPosition, undefined);
    assert.deepEqual(
      result.dropped.map((d) => [d.path, d.id]),
      [['waitlistPosition', 'app-1']],
    );
  });

  test('a dropped connection and a 503 are retried with the same key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE}/learning-tracks/:id/applications`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (keys.length === 1) return HttpResponse.error();
        if (keys.length === 2) return HttpResponse.json({ title: 'Busy' }, { status: 503, headers: { 'retry-after': '0' } });
        return HttpResponse.json(application, { status: 201 });
      }),
    );
    const result = await client().learningTracks.apply(track.id, body, { idempotencyKey: 'key-12345678' });
    assert.equal(result.application.id, 'app-1');
    assert.deepEqual(keys, ['key-12345678', 'key-12345678', 'key-12345678']);
  });

  test('409, 410 and 422 are not retried and keep their problem', async () => {
    for (const [status, kind] of [
      [409, 'duplicate-application'],
      [410, 'applications-closed'],
      [422, 'validation'],
    ] as const) {
      let calls = 0;
      server.use(
        http.post(`${BASE}/learning-tracks/:id/applications`, () => {
          calls++;
          return HttpResponse.json(
            {
              type: `https://innovatienetwerk.example/problems/${kind}`,
              title: kind,
              status,
              errors: status === 422 ? [{ field: 'answers.bring', code: 'too-long', message: 'Too long' }] : undefined,
            },
            { status, headers: { 'content-type': 'application/problem+json' } },
          );
        }),
      );
      await assert.rejects(client().learningTracks.apply(track.id, body, { idempotencyKey: 'key-12345678' }), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.kind, kind);
        if (status === 422)
          assert.deepEqual(
            error.fieldErrors.map((e) => e.field),
            ['answers.bring'],
          );
        return true;
      });
      assert.equal(calls, 1, `${status} sent once`);
    }
  });

  test('a malformed Idempotency-Key is refused before sending', async () => {
    const seen = recorder();
    await assert.rejects(client().learningTracks.apply(track.id, body, { idempotencyKey: 'short' }), ValidationError);
    assert.equal(seen.length, 0);
  });

  test('createIdempotencyKey makes distinct keys the contract accepts', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, /^[A-Za-z0-9_-]{8,128}$/);
  });
});
