// CONTRACT.md as a test suite, through the SDK's client where it can be and raw fetch where the
// detail matters (status codes, headers). It runs against the msw handlers (test/contract.test.ts)
// and against the reference server over HTTP (packages/server/test/contract.test.ts); the target
// must serve a fresh copy of the bundled content (the application tests fill a track's seats).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError,
  createClient,
  createConnection,
  createIdempotencyKey,
  myApplicationOf,
  organiserApplicationsOf,
  type ClientOptions,
  type Decision,
  type OrganiserApplication,
} from '@ino/sdk';
import { applicationsCsvFileName, CSV_FIXED_COLUMNS } from '../src/applications/csv.js';
import { BUNDLED_CONTENT_WRITTEN_FOR, bundledContent as dataset, bundledContentAt } from '../src/content.js';
import type { Content } from '../src/records/schemas.js';

/** The SDK's client against a base URL, with fast retries. */
export const clientFor =
  (baseUrl: string) =>
  (options: Partial<ClientOptions> = {}) =>
    createClient({ baseUrl, retryBaseDelayMs: 1, maxRetryDelayMs: 10, ...options });

/** A raw request, for what the SDK hides (headers, status codes). */
export const rawFor = (baseUrl: string) => (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init);

export function contractSuite({ baseUrl }: { baseUrl: string }): void {
  const client = clientFor(baseUrl);
  const raw = rawFor(baseUrl);
  const withFr = dataset.practices.find((p) => p.translations?.fr?.title)!;
  const noEn = dataset.practices.find((p) => !p.translations?.en)!;

  describe('reading', () => {
    test('GET /practices/{id} in the asked language, with Dutch fallback and lang saying which', async () => {
      const fr = await client({ lang: 'fr' }).practices.get(withFr.id);
      assert.equal(fr.lang, 'fr');
      assert.equal(fr.title, withFr.translations!.fr!.title);
      const en = await client({ lang: 'en' }).practices.get(noEn.id);
      assert.equal(en.lang, 'nl');
      assert.equal(en.title, noEn.title);
    });

    test('Content-Language, ETag and Cache-Control on every GET; If-None-Match gets 304', async () => {
      const first = await raw(`/practices/${withFr.id}?lang=fr`);
      assert.equal(first.headers.get('content-language'), 'fr');
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=300');
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^(W\/)?"[\x21\x23-\x7e]+"$/, 'an RFC 9110 entity tag');
      const second = await raw(`/practices/${withFr.id}?lang=fr`, { headers: { 'if-none-match': etag } });
      assert.equal(second.status, 304);
      const other = await raw(`/practices/${withFr.id}?lang=nl`, { headers: { 'if-none-match': etag } });
      assert.equal(other.status, 200, 'another language is another representation');
    });

    test('an unknown id is a 404 problem', async () => {
      const response = await raw('/practices/bestaat-niet');
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const body = await response.json();
      assert.match(body.type, /^https?:\/\/.+\/problems\/not-found$/, 'an absolute URL whose suffix names the problem');
      await assert.rejects(client().challenges.get('bestaat-niet'), (e: unknown) => e instanceof ApiError && e.kind === 'not-found');
    });

    test('practices are sorted by updatedAt, newest first, and filtered', async () => {
      const all = (await client().practices.list({ limit: 100 })).items;
      assert.equal(all.length, dataset.practices.length);
      const times = all.map((p) => Date.parse(p.updatedAt));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => b - a),
      );
      for (const rung of [1, 2, 3, 4, 5]) {
        const page = await client().practices.list({ rung, limit: 100 });
        assert.equal(page.items.length, dataset.practices.filter((p) => p.ladderRung === rung).length);
        assert.ok(page.items.every((p) => p.ladderRung === rung));
      }
      const theme = dataset.practices[0]!.themes[0]!;
      const byTheme = await client().practices.list({ theme, limit: 100 });
      assert.ok(byTheme.items.length > 0 && byTheme.items.every((p) => p.themes.some((t) => t.id === theme)));
      const org = dataset.practices[0]!.organisations[0]!;
      assert.ok((await client().practices.list({ organisation: org, limit: 100 })).items.every((p) => p.organisations.some((o) => o.id === org)));
      const word = withFr.title
        .split(' ')
        .find((w) => w.length > 4)!
        .toUpperCase();
      assert.ok(
        (await client().practices.list({ q: word, limit: 100 })).items.some((p) => p.id === withFr.id),
        `q=${word}`,
      );
    });

    test('challenges default to open, sorted by closesAt with open-ended ones last', async () => {
      const open = (await client().challenges.list({ limit: 100 })).items;
      assert.equal(open.length, dataset.challenges.filter((c) => c.status === 'open').length);
      assert.ok(open.every((c) => c.status === 'open'));
      const closes = open.map((c) => (c.closesAt ? Date.parse(c.closesAt) : Infinity));
      assert.deepEqual(
        closes,
        [...closes].sort((a, b) => a - b),
      );
      const several = await client().challenges.list({ status: ['closed', 'cancelled'], limit: 100 });
      assert.equal(several.items.length, dataset.challenges.filter((c) => ['closed', 'cancelled'].includes(c.status)).length);
    });

    test('challenges filter by municipality (NIS), owner and programme', async () => {
      const tied = dataset.challenges.find((c) => c.municipalities.length)!;
      const nis = tied.municipalities[0]!;
      const all = ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled'] as const;
      const byNis = await client().challenges.list({ nis, status: all, limit: 100 });
      assert.ok(byNis.items.some((c) => c.id === tied.id));
      const inProgramme = dataset.challenges.find((c) => c.programme)!;
      const byProgramme = await client().challenges.list({ programme: inProgramme.programme!, status: all, limit: 100 });
      assert.ok(byProgramme.items.length > 0 && byProgramme.items.every((c) => c.programme?.id === inProgramme.programme));
      const owner = inProgramme.owners[0]!;
      assert.ok((await client().challenges.list({ owner, status: all, limit: 100 })).items.every((c) => c.owners.some((o) => o.id === owner)));
    });

    test('learning tracks default to announced, open and waitlist', async () => {
      const items = (await client().learningTracks.list({ limit: 100 })).items;
      assert.ok(items.length > 0 && items.every((t) => ['announced', 'open', 'waitlist'].includes(t.status)));
    });

    test('themes, organisations and the ladder', async () => {
      assert.equal((await client({ lang: 'fr' }).themes.list()).length, dataset.themes.length);
      const locals = await client().organisations.list({ kind: 'local-government', limit: 100 });
      assert.ok(locals.items.length > 0 && locals.items.every((o) => o.kind === 'local-government'));
      const ladder = await client({ lang: 'en' }).participationLadder.get();
      assert.deepEqual(
        ladder.rungs.map((r) => r.level),
        [1, 2, 3, 4, 5],
      );
      assert.equal(ladder.lang, 'en');
    });

    test('organisations that own a challenge in a status: exactly the owners the challenges of that status name', async () => {
      for (const status of ['open', 'awarded', 'open,announced']) {
        const challenges = await client().challenges.list({ status: status.split(','), limit: 100 });
        const owners = new Set(challenges.items.flatMap((c) => c.owners.map((o) => o.id)));
        const organisations = await client().organisations.list({ challengeStatus: status, limit: 100 });
        assert.deepEqual(organisations.items.map((o) => o.id).sort(), [...owners].sort(), status);
        assert.ok(owners.size > 0, `${status}: the content has such challenges`);
      }
      const all = await client().organisations.list({ limit: 100 });
      assert.ok(all.items.length > (await client().organisations.list({ challengeStatus: 'open', limit: 100 })).items.length, 'without it, every organisation');
    });
  });

  describe('pagination', () => {
    test('cursor pages cover the list exactly once, and the iterator follows them', async () => {
      const seen: string[] = [];
      let page = await client().practices.list({ limit: 7 });
      assert.equal(page.total, dataset.practices.length);
      seen.push(...page.items.map((p) => p.id));
      while (page.nextCursor) {
        page = await client().practices.list({ limit: 7, cursor: page.nextCursor });
        seen.push(...page.items.map((p) => p.id));
      }
      assert.equal(seen.length, dataset.practices.length);
      assert.equal(new Set(seen).size, seen.length);
      const iterated: string[] = [];
      for await (const p of client().practices.iterate({ limit: 9 })) iterated.push(p.id);
      assert.deepEqual(iterated, seen);
    });

    test('a cursor from another query, or a forged one, is a 400 invalid-cursor', async () => {
      const page = await client().practices.list({ limit: 2 });
      await assert.rejects(
        client().practices.list({ limit: 2, rung: 3, cursor: page.nextCursor }),
        (e: unknown) => e instanceof ApiError && e.status === 400 && e.kind === 'invalid-cursor',
      );
      await assert.rejects(client().practices.list({ cursor: 'not-a-cursor' }), (e: unknown) => e instanceof ApiError && e.kind === 'invalid-cursor');
      // Found by a fuzzer: a huge offset, old-style or new, was a 500 on every list; now it is a cursor like any forged one.
      for (const cursor of [btoa(JSON.stringify({ o: 1e22 })), 'zzzzzz.0', `${(2 ** 31).toString(36)}.0`]) {
        for (const path of ['/practices', '/challenges', '/learning-tracks', '/organisations']) {
          const response = await raw(`${path}?cursor=${encodeURIComponent(cursor)}`);
          assert.equal(response.status, 400, `${path} ${cursor}`);
          assert.match((await response.json()).type, /\/problems\/invalid-cursor$/);
        }
      }
    });

    test('a query with characters outside Latin-1 pages like any other (its cursor is ASCII)', async () => {
      // `utm` is no filter, so every practice matches; the cursor still binds it, and it held a ’ (U+2019).
      const first = await raw('/practices?lang=fr&limit=1&utm=l%E2%80%99%F0%9F%98%80');
      assert.equal(first.status, 200);
      const { nextCursor, items } = await first.json();
      assert.match(nextCursor, /^[\x21-\x7e]+$/);
      const second = await raw(`/practices?lang=fr&limit=1&utm=l%E2%80%99%F0%9F%98%80&cursor=${encodeURIComponent(nextCursor)}`);
      assert.equal(second.status, 200);
      assert.notEqual((await second.json()).items[0].id, items[0].id);
      assert.equal((await raw(`/practices?limit=1&utm=other&cursor=${encodeURIComponent(nextCursor)}`)).status, 400, 'and still only for that query');
    });

    test('a query value with a NUL character is a 400 validation problem', async () => {
      for (const path of ['/practices?q=%00', '/challenges?status=%00', '/learning-tracks?theme=%00', '/organisations?q=a%00b']) {
        const response = await raw(path);
        assert.equal(response.status, 400, path);
        assert.equal(response.headers.get('content-type'), 'application/problem+json');
        assert.match((await response.json()).type, /\/problems\/validation$/, path);
      }
    });

    test('limit outside 1–100 is a 400 validation problem', async () => {
      for (const limit of [0, 101]) {
        await assert.rejects(client().practices.list({ limit }), (e: unknown) => e instanceof ApiError && e.status === 400 && e.kind === 'validation');
      }
    });
  });

  describe('applications', () => {
    const selection = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
    const firstCome = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats)!;
    const closed = dataset.learningTracks.find((t) => !['open', 'waitlist'].includes(t.status))!;
    const answersFor = (track: typeof selection) => Object.fromEntries(track.questions.map((q) => [q.id, 'Een antwoord.']));
    const body = (track: typeof selection, email: string) => ({
      givenName: 'An',
      familyName: 'Peeters',
      email,
      organisation: 'Stad Gent',
      answers: answersFor(track),
      consentVersion: track.consent.version,
      lang: 'nl',
    });

    test('201 received on a selection track; the same key and body again is a 200 replay', async () => {
      const key = createIdempotencyKey();
      const first = await client().learningTracks.apply(selection.id, body(selection, 'an.replay@example.org'), { idempotencyKey: key });
      assert.equal(first.replayed, false);
      assert.equal(first.application.status, 'received');
      const again = await client().learningTracks.apply(selection.id, body(selection, 'an.replay@example.org'), { idempotencyKey: key });
      assert.equal(again.replayed, true);
      assert.deepEqual(again.application, first.application);
    });

    test('the same key with another body is a 422 idempotency-mismatch', async () => {
      const key = createIdempotencyKey();
      await client().learningTracks.apply(selection.id, body(selection, 'mismatch@example.org'), { idempotencyKey: key });
      await assert.rejects(
        client().learningTracks.apply(selection.id, { ...body(selection, 'mismatch@example.org'), givenName: 'Bo' }, { idempotencyKey: key }),
        (e: unknown) => e instanceof ApiError && e.status === 422 && e.kind === 'idempotency-mismatch',
      );
    });

    test('the same e-mail address again (in other case) is a 409', async () => {
      await client().learningTracks.apply(selection.id, body(selection, 'twice@example.org'), { idempotencyKey: createIdempotencyKey() });
      await assert.rejects(
        client().learningTracks.apply(selection.id, body(selection, ' TWICE@example.org '), { idempotencyKey: createIdempotencyKey() }),
        (e: unknown) => e instanceof ApiError && e.status === 409 && e.kind === 'duplicate-application',
      );
    });

    test('a track that takes no applications answers 410', async () => {
      await assert.rejects(
        client().learningTracks.apply(closed.id, body(closed, 'late@example.org'), { idempotencyKey: createIdempotencyKey() }),
        (e: unknown) => e instanceof ApiError && e.status === 410 && e.kind === 'applications-closed',
      );
    });

    test('an invalid body is a 422 with field errors as dotted paths', async () => {
      const bad = { ...body(selection, 'not-an-address'), answers: { [selection.questions[0]!.id]: ' ' } };
      await assert.rejects(client().learningTracks.apply(selection.id, bad, { idempotencyKey: createIdempotencyKey() }), (e: unknown) => {
        assert.ok(e instanceof ApiError && e.status === 422 && e.kind === 'validation');
        const fields = e.fieldErrors.map((f) => f.field);
        assert.ok(fields.includes('email'), fields.join());
        assert.ok(fields.includes(`answers.${selection.questions[0]!.id}`), fields.join());
        return true;
      });
    });

    test('an answer to a question the track does not ask is a field error on that answer', async () => {
      const extra = { ...body(selection, 'extra@example.org'), answers: { ...answersFor(selection), lievelingskleur: 'Groen' } };
      await assert.rejects(client().learningTracks.apply(selection.id, extra, { idempotencyKey: createIdempotencyKey() }), (e: unknown) => {
        assert.ok(e instanceof ApiError && e.status === 422 && e.kind === 'validation');
        assert.deepEqual(
          e.fieldErrors.map((f) => f.field),
          ['answers.lievelingskleur'],
        );
        return true;
      });
    });

    test('a missing Idempotency-Key or a wrong content type is refused', async () => {
      const missing = await raw(`/learning-tracks/${selection.id}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(selection, 'k@example.org')),
      });
      assert.equal(missing.status, 400);
      const wrongType = await raw(`/learning-tracks/${selection.id}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'idempotency-key': createIdempotencyKey() },
        body: 'x',
      });
      assert.equal(wrongType.status, 415);
      // The media type exactly: another JSON type that names application/json is not an application.
      const otherJson = await raw(`/learning-tracks/${selection.id}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json-patch+json', 'idempotency-key': createIdempotencyKey() },
        body: JSON.stringify(body(selection, 'patch@example.org')),
      });
      assert.equal(otherJson.status, 415);
    });

    test("the checks come in one order: track, body, key, the track's state, the body's fields", async () => {
      const post = (trackId: string, init: { type?: string; key?: string; body?: string }) =>
        raw(`/learning-tracks/${trackId}/applications`, {
          method: 'POST',
          headers: { 'content-type': init.type ?? 'application/json', ...(init.key ? { 'idempotency-key': init.key } : {}) },
          body: init.body ?? '{}',
        });
      const statusOf = async (response: Promise<Response>) => (await response).status;
      assert.equal(await statusOf(post('bestaat-niet', { type: 'text/plain', body: 'x' })), 404, 'an unknown track before the body and the key');
      assert.equal(await statusOf(post(selection.id, { type: 'text/plain', body: 'x' })), 415, 'the media type before the key');
      assert.equal(await statusOf(post(selection.id, { body: '{"cut' })), 400, 'JSON syntax before the key');
      assert.equal(await statusOf(post(closed.id, { body: JSON.stringify(body(closed, 'order@example.org')) })), 400, "the key before the track's state");
      assert.equal(await statusOf(post(closed.id, { key: createIdempotencyKey() })), 410, "a closed track before the body's fields");
    });

    test('first-come: confirmed while seats last; then waitlisted with rising positions, or 410 without a waitlist', async () => {
      const apply = (track: typeof firstCome, i: number) =>
        client().learningTracks.apply(track.id, body(track, `seat${i}-${track.id}@example.org`), { idempotencyKey: createIdempotencyKey() });
      const free = firstCome.seats! - firstCome.seatsTaken;
      for (let i = 0; i < free; i++) assert.equal((await apply(firstCome, i)).application.status, 'confirmed', `seat ${i + 1} of ${free}`);
      const full = await client().learningTracks.get(firstCome.id);
      assert.equal(full.seatsTaken, full.seats);

      if (firstCome.waitlist) {
        const positions = [(await apply(firstCome, free)).application, (await apply(firstCome, free + 1)).application].map((a) => [
          a.status,
          a.waitlistPosition,
        ]);
        assert.deepEqual(positions, [
          ['waitlisted', 1],
          ['waitlisted', 2],
        ]);
        assert.equal((await client().learningTracks.get(firstCome.id)).status, 'waitlist');
      } else {
        await assert.rejects(apply(firstCome, free), (e: unknown) => e instanceof ApiError && e.status === 410);
      }

      const waitlistTrack = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'waitlist')!;
      const first = await apply(waitlistTrack, 100);
      const second = await apply(waitlistTrack, 101);
      assert.deepEqual([first.application.status, first.application.waitlistPosition, second.application.waitlistPosition], ['waitlisted', 1, 2]);
    });
  });
}

/** A target whose clock the suite sets: it serves `content` and reads the time from `clock`. */
export type ClockTarget = (content: Content, clock: () => Date) => Promise<{ baseUrl: string; close(): Promise<void> }>;

/**
 * What the clock decides (CONTRACT.md §3.2–3.4), on both sides of each boundary, against the mock and
 * the server alike: a challenge past its deadline is not open in any answer or filter, and a track
 * takes no application outside its window, whatever their stored status. Also on a day when the
 * deadline falls in summer time, the bundled content's dates moved there from November.
 */
export function clockSuite(start: ClockTarget): void {
  const justBefore = (moment: string) => new Date(Date.parse(moment) - 1);
  for (const day of [BUNDLED_CONTENT_WRITTEN_FOR, '2027-03-27']) {
    describe(`the clock decides (content as of ${day})`, () => {
      const content = bundledContentAt(new Date(`${day}T12:00:00Z`));
      const challenge = content.challenges.find((c) => c.id === 'potterij-veranderingsgericht-bouwen')!;
      const track = content.learningTracks.find((t) => t.id === 'kennisnetwerk-open-data-publiceren')!;
      let now = new Date(`${day}T12:00:00Z`);
      let target: Awaited<ReturnType<ClockTarget>>;
      before(async () => (target = await start(content, () => now)));
      after(() => target.close());
      const client = () => clientFor(target.baseUrl)();
      const listed = async (status?: string) => (await client().challenges.list({ status, limit: 100 })).items.map((c) => c.id);

      test('a challenge is open up to its deadline and closed from it on, in every answer and filter', async () => {
        assert.ok(challenge.closesAt, 'the fixture closes');
        now = justBefore(challenge.closesAt!);
        assert.equal((await client().challenges.get(challenge.id)).status, 'open');
        assert.ok((await listed()).includes(challenge.id), 'among the open ones');
        now = new Date(challenge.closesAt!);
        assert.equal((await client().challenges.get(challenge.id)).status, 'closed');
        assert.ok(!(await listed()).includes(challenge.id), 'no longer among the open ones');
        assert.ok((await listed('closed')).includes(challenge.id), 'among the closed ones');
      });

      test('a track takes an application up to the end of its window, and answers 410 from then on', async () => {
        const body = (email: string) => ({
          givenName: 'An',
          familyName: 'Peeters',
          email,
          organisation: 'Stad Gent',
          answers: Object.fromEntries(track.questions.filter((q) => q.required).map((q) => [q.id, 'Een antwoord.'])),
          consentVersion: track.consent.version,
        });
        now = justBefore(track.applicationClosesAt!);
        assert.notEqual((await client().learningTracks.get(track.id)).status, 'closed');
        const accepted = await client().learningTracks.apply(track.id, body(`clock-${day}@example.org`), { idempotencyKey: createIdempotencyKey() });
        assert.ok(['received', 'confirmed', 'waitlisted'].includes(accepted.application.status));
        now = new Date(track.applicationClosesAt!);
        assert.equal((await client().learningTracks.get(track.id)).status, 'closed');
        assert.ok(!(await client().learningTracks.list()).items.some((t) => t.id === track.id), 'not among those one can sign up for');
        await assert.rejects(
          client().learningTracks.apply(track.id, body(`clock-late-${day}@example.org`), { idempotencyKey: createIdempotencyKey() }),
          (e: unknown) => e instanceof ApiError && e.status === 410 && e.kind === 'applications-closed',
        );
      });
    });
  }
}

/** A target for the applicant's own routes: as a ClockTarget, and the manage token its mail would carry for an application. */
export type ManageTarget = (
  content: Content,
  clock: () => Date,
) => Promise<{ baseUrl: string; close(): Promise<void>; manageTokenFor(applicationId: string): Promise<string> | string | undefined }>;

/**
 * One's own application (CONTRACT.md §3.7), against the mock and the server alike, through the SDK's
 * myApplicationOf where it can be and raw fetch for the headers: on a first-come track with one seat
 * and a waitlist, so that a cancellation makes an offer, and with the clock set to pass an offer's deadline.
 */
export function myApplicationSuite(start: ManageTarget): void {
  describe("one's own application (§3.7)", () => {
    const content = bundledContentAt(new Date(`${BUNDLED_CONTENT_WRITTEN_FOR}T12:00:00Z`));
    const template = content.learningTracks.find((t) => t.admission === 'first-come' && t.waitlist)!;
    const track = { ...template, id: 'een-plaats', seats: 1, seatsTaken: 0, waitlist: true, status: 'open' as const };
    let now = new Date(Date.parse(track.applicationOpensAt!) + 86_400_000);
    let target: Awaited<ReturnType<ManageTarget>>;
    before(async () => (target = await start({ ...content, learningTracks: [...content.learningTracks, track] }, () => now)));
    after(() => target.close());
    const connection = () => createConnection({ baseUrl: target.baseUrl, retryBaseDelayMs: 1, maxRetryDelayMs: 10 });
    let applicants = 0;
    /** Applies to the one-seat track; resolves what was sent, the answer, and the application's manage token. */
    const applicant = async () => {
      const sent = {
        givenName: 'An',
        familyName: `Peeters ${++applicants}`,
        email: `eigen-${applicants}-${createIdempotencyKey()}@example.org`,
        organisation: 'Stad Gent',
        role: 'Beleidsmedewerker',
        answers: Object.fromEntries(track.questions.map((q) => [q.id, 'Een antwoord.'])),
        consentVersion: track.consent.version,
        lang: 'fr' as const,
      };
      const { application } = await clientFor(target.baseUrl)().learningTracks.apply(track.id, sent, { idempotencyKey: createIdempotencyKey() });
      const token = await target.manageTokenFor(application.id);
      assert.ok(token, 'the target made a manage token');
      return { sent, application, token, mine: myApplicationOf(connection(), { token }) };
    };
    const statusOf = (call: Promise<unknown>) =>
      call.then(
        (answer) => (answer as { application: { status: string } }).application.status,
        (e: unknown) => (e instanceof ApiError ? `${e.status} ${e.kind}` : String(e)),
      );
    const me = (token: string | undefined, action?: 'cancel' | 'accept', key?: string) =>
      rawFor(target.baseUrl)(`/me/application${action ? `/${action}` : ''}`, {
        method: action ? 'POST' : 'GET',
        headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...(key ? { 'idempotency-key': key } : {}) },
      });

    test('GET answers the application with what was sent, never cached', async () => {
      const { sent, application, mine, token } = await applicant();
      const { application: own } = await mine.get();
      const { consentVersion: _consent, ...shown } = sent;
      assert.deepEqual(
        { ...own, receivedAt: undefined, updatedAt: undefined },
        { ...shown, id: application.id, trackId: track.id, status: 'confirmed', receivedAt: undefined, updatedAt: undefined },
      );
      assert.equal(Date.parse(own.receivedAt), Date.parse(application.receivedAt));
      assert.equal((await me(token)).headers.get('cache-control'), 'no-store');
      await mine.cancel();
    });

    test('an unknown token, a malformed one and none at all get the same 401 unauthorized', async () => {
      const answers = await Promise.all([me(undefined), me('x'.repeat(43)), me('Bestaat niet'), me('x'.repeat(43), 'cancel', createIdempotencyKey())]);
      const bodies = await Promise.all(answers.map((a) => a.json()));
      for (const [i, answer] of answers.entries()) {
        assert.equal(answer.status, 401);
        assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer\b/);
        assert.deepEqual({ ...bodies[i], instance: undefined }, { ...bodies[0], instance: undefined });
      }
      assert.match(bodies[0].type, /\/problems\/unauthorized$/);
      assert.equal(await statusOf(myApplicationOf(connection(), { token: 'x'.repeat(43) }).get()), '401 unauthorized');
    });

    test('cancel: 400 without an Idempotency-Key; cancelled; a retry with the key hears the first answer; again, unchanged', async () => {
      const { token, mine } = await applicant();
      assert.equal((await me(token, 'cancel')).status, 400);
      const key = createIdempotencyKey();
      const first = await mine.cancel({ idempotencyKey: key });
      assert.equal(first.application.status, 'cancelled');
      now = new Date(now.getTime() + 1000);
      assert.deepEqual(await mine.cancel({ idempotencyKey: key }), first);
      const again = await mine.cancel();
      assert.deepEqual([again.application.status, again.application.updatedAt], ['cancelled', first.application.updatedAt]);
    });

    test('a freed seat is offered to the first in line; accept confirms it, a retried accept hears 200, nothing offered is a 409', async () => {
      const [first, second, third] = [await applicant(), await applicant(), await applicant()];
      assert.deepEqual([first.application.status, second.application.status, third.application.status], ['confirmed', 'waitlisted', 'waitlisted']);
      assert.equal(await statusOf(first.mine.accept()), '409 conflict', 'nothing is offered to a confirmed application');
      assert.equal(await statusOf(second.mine.accept()), '409 conflict', 'nor to one in line');
      await first.mine.cancel();
      const offered = (await second.mine.get()).application;
      assert.equal(offered.status, 'offered');
      assert.ok(Date.parse(offered.offerExpiresAt!) > now.getTime(), 'until a deadline to come');
      assert.equal((await third.mine.get()).application.waitlistPosition, 1, 'the one behind moves up');
      const key = createIdempotencyKey();
      assert.equal(await statusOf(second.mine.accept({ idempotencyKey: key })), 'confirmed');
      assert.equal(await statusOf(second.mine.accept({ idempotencyKey: key })), 'confirmed', 'the first answer again, not a 409');
      assert.equal(await statusOf(second.mine.accept()), '409 conflict');
      await second.mine.cancel();
      assert.equal((await third.mine.get()).application.status, 'offered');
      await third.mine.cancel();
    });

    test('an offer past its deadline: accept is 410 offer-expired, the application cancelled, the seat passed on', async () => {
      const [first, second, third] = [await applicant(), await applicant(), await applicant()];
      await first.mine.cancel();
      const { offerExpiresAt } = (await second.mine.get()).application;
      now = new Date(Date.parse(offerExpiresAt!) - 1);
      assert.equal((await second.mine.get()).application.status, 'offered', 'up to its deadline');
      now = new Date(Date.parse(offerExpiresAt!));
      assert.equal(await statusOf(second.mine.accept()), '410 offer-expired');
      assert.equal((await second.mine.get()).application.status, 'cancelled');
      assert.equal((await third.mine.get()).application.status, 'offered', 'the next in line');
    });
  });
}

/** A target for the organiser API's applications: as a ClockTarget, with a token that may read and decide on every track. */
export type OrganiserTarget = (content: Content, clock: () => Date) => Promise<{ baseUrl: string; close(): Promise<void>; organiserToken: string }>;

/**
 * The organiser's applications (CONTRACT.md §4.2), against the mock and the server alike, through the
 * SDK's organiserApplicationsOf where it can be and raw fetch for headers and statuses: on selection
 * tracks of their own (one per test, so that each starts empty), with the clock set to pass an offer's deadline.
 */
export function organiserApplicationsSuite(start: OrganiserTarget): void {
  describe("the organiser's applications (§4.2)", () => {
    const content = bundledContentAt(new Date(`${BUNDLED_CONTENT_WRITTEN_FOR}T12:00:00Z`));
    const template = content.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
    const tracks = ['lijst', 'csv', 'een', 'beslis', 'vol', 'aanbod', 'toegang'].map((name) => ({
      ...template,
      id: `organiser-${name}`,
      seats: 2,
      seatsTaken: 0,
      waitlist: true,
      status: 'open' as const,
    }));
    let now = new Date(Date.parse(template.applicationOpensAt!) + 86_400_000);
    let target: Awaited<ReturnType<OrganiserTarget>>;
    before(async () => (target = await start({ ...content, learningTracks: [...content.learningTracks, ...tracks] }, () => now)));
    after(() => target.close());
    const organiser = () =>
      organiserApplicationsOf(createConnection({ baseUrl: target.baseUrl, retryBaseDelayMs: 1, maxRetryDelayMs: 10 }), { token: target.organiserToken });
    const admin = (path: string, init: RequestInit & { token?: string | null } = {}) => {
      const { token = target.organiserToken, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null) headers.set('authorization', `Bearer ${token}`);
      return rawFor(target.baseUrl)(`/admin${path}`, { ...rest, headers });
    };
    /** Applications to `name`'s track, in this order, each a minute after the one before. */
    const applyTo = async (name: string, familyNames: readonly string[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const familyName of familyNames) {
        now = new Date(now.getTime() + 60_000);
        const { application } = await clientFor(target.baseUrl)().learningTracks.apply(
          `organiser-${name}`,
          {
            givenName: 'Fien',
            familyName,
            email: `${familyName.toLowerCase().replaceAll(' ', '.')}.${name}@example.org`,
            organisation: familyName.startsWith('Van') ? 'Stad Gent' : 'VVSG',
            answers: Object.fromEntries(template.questions.map((q) => [q.id, `Antwoord van ${familyName}.`])),
            consentVersion: template.consent.version,
          },
          { idempotencyKey: createIdempotencyKey() },
        );
        ids.push(application.id);
      }
      return ids;
    };
    const kindOf = (call: Promise<unknown>) =>
      call.then(
        () => 'done',
        (e: unknown) => (e instanceof ApiError ? `${e.status} ${e.kind}` : String(e)),
      );
    /** Reads the application and decides on it with its ETag. */
    const decideNow = async (id: string, decision: Decision, note?: string) => {
      const { etag } = await organiser().get(id);
      return organiser().decide(id, { decision, ...(note ? { note } : {}) }, etag);
    };

    test('the list: oldest first, paged by nextCursor, filtered by status and by words, never cached', async () => {
      const ids = await applyTo('lijst', ['Van Aken', 'Bosmans', 'Van Bree', 'Claes', 'Dewit']);
      await decideNow(ids[1]!, 'decline');
      const first = await organiser().list('organiser-lijst', { limit: 2 });
      assert.deepEqual([first.items.map((a) => a.id), first.total, first.dropped], [ids.slice(0, 2), 5, []]);
      const all = await organiser().all('organiser-lijst');
      assert.deepEqual(
        all.items.map((a) => a.id),
        ids,
      );
      assert.deepEqual(
        (await organiser().list('organiser-lijst', { status: ['declined'] })).items.map((a) => a.id),
        [ids[1]],
      );
      assert.deepEqual(
        (await organiser().list('organiser-lijst', { status: ['received', 'declined'], q: 'stad GENT' })).items.map((a) => a.familyName),
        ['Van Aken', 'Van Bree'],
        'every word, in any of the searched fields, case aside',
      );
      assert.deepEqual((await organiser().list('organiser-lijst', { q: 'van bosmans' })).items, []);
      const answer = await admin('/learning-tracks/organiser-lijst/applications');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const [shown] = all.items;
      assert.deepEqual(
        { ...shown, receivedAt: undefined, updatedAt: undefined, history: shown!.history.map((h) => [h.from, h.to, h.by]) },
        {
          id: ids[0],
          trackId: 'organiser-lijst',
          status: 'received',
          givenName: 'Fien',
          familyName: 'Van Aken',
          email: 'van.aken.lijst@example.org',
          organisation: 'Stad Gent',
          answers: Object.fromEntries(template.questions.map((q) => [q.id, 'Antwoord van Van Aken.'])),
          lang: 'nl',
          receivedAt: undefined,
          updatedAt: undefined,
          history: [[null, 'received', 'applicant']],
        },
      );
    });

    test('an unknown track is a 404; a limit out of range a 400', async () => {
      assert.equal(await kindOf(organiser().list('bestaat-niet')), '404 not-found');
      assert.equal(await kindOf(organiser().list('organiser-lijst', { limit: 101 })), '400 validation');
    });

    test('the CSV: a BOM, a header row with a column per question, a row per application, named after the track and the day', async () => {
      const ids = await applyTo('csv', ['Van Aken', 'Bosmans']);
      const { text, fileName } = await organiser().csv('organiser-csv');
      assert.equal(fileName, applicationsCsvFileName('organiser-csv', now));
      assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a BOM');
      const [header, ...rows] = text.slice(1).split('\r\n');
      assert.equal(header, [...CSV_FIXED_COLUMNS, ...template.questions.map((q) => `${q.label} (${q.id})`)].join(','));
      assert.deepEqual(
        rows.map((row) => row.split(',').slice(0, 5)),
        [[ids[0], 'received', '', 'Fien', 'Van Aken'], [ids[1], 'received', '', 'Fien', 'Bosmans'], ['']],
      );
      const answer = await admin('/learning-tracks/organiser-csv/applications', { headers: { accept: 'text/csv' } });
      assert.match(answer.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(answer.headers.get('content-disposition') ?? '', /^attachment/);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    });

    test('one application with its ETag, which changes with it', async () => {
      const [id] = await applyTo('een', ['Van Aken']);
      const { application, etag } = await organiser().get(id!);
      assert.deepEqual([application.id, application.status, application.history.length], [id, 'received', 1]);
      assert.ok(etag, 'an ETag');
      assert.equal((await organiser().get(id!)).etag, etag, 'the same while it does not change');
      const decided = await organiser().decide(id!, { decision: 'waitlist' }, etag);
      assert.notEqual(decided.etag, etag);
      assert.equal((await organiser().get(id!)).etag, decided.etag, 'the decision answers the ETag a read then gives');
      const raw = await admin(`/applications/${id}`);
      assert.equal(raw.headers.get('cache-control'), 'no-store');
      assert.equal(await kindOf(organiser().get('app-bestaat-niet')), '404 not-found');
    });

    test('a decision: with If-Match (428 without, 412 when stale), by the seat rules (409 when not allowed)', async () => {
      const [id] = await applyTo('beslis', ['Van Aken']);
      const { etag } = await organiser().get(id!);
      const without = await admin(`/applications/${id}/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ decision: 'select' }),
      });
      assert.equal(without.status, 428);
      assert.match((await without.json()).type, /\/problems\/precondition-required$/);
      const selected = await organiser().decide(id!, { decision: 'select', note: 'Sterke motivatie.' }, etag);
      assert.equal(selected.application.status, 'confirmed');
      assert.deepEqual(
        selected.application.history.map((h) => [h.from, h.to, h.note]),
        [
          [null, 'received', undefined],
          ['received', 'confirmed', 'Sterke motivatie.'],
        ],
      );
      assert.equal(await kindOf(organiser().decide(id!, { decision: 'cancel' }, etag)), '412 precondition-failed', 'the ETag from before the selection');
      assert.equal(await kindOf(organiser().decide(id!, { decision: 'decline' }, selected.etag)), '409 conflict', 'a confirmed application is not declined');
      const notADecision = await admin(`/applications/${id}/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'if-match': selected.etag },
        body: JSON.stringify({ decision: 'promote' }),
      });
      assert.equal(notADecision.status, 422);
      assert.equal((await organiser().get(id!)).application.status, 'confirmed', 'refusals change nothing');
    });

    test('select with every seat taken is a 409 seats-exhausted; in line, a freed seat is offered', async () => {
      const ids = await applyTo('vol', ['Van Aken', 'Bosmans', 'Claes']);
      await decideNow(ids[0]!, 'select');
      await decideNow(ids[1]!, 'select');
      assert.equal(await kindOf(decideNow(ids[2]!, 'select')), '409 seats-exhausted');
      assert.deepEqual(
        [(await decideNow(ids[2]!, 'waitlist')).application.status, (await organiser().get(ids[2]!)).application.waitlistPosition],
        ['waitlisted', 1],
      );
      await decideNow(ids[0]!, 'cancel');
      const offered = (await organiser().get(ids[2]!)).application;
      assert.equal(offered.status, 'offered');
      assert.deepEqual(offered.history.at(-1)!.by, 'system');
    });

    test('an offer past its deadline is cancelled in the list, and the seat goes to the next in line', async () => {
      const ids = await applyTo('aanbod', ['Van Aken', 'Bosmans', 'Claes', 'Dewit']);
      await decideNow(ids[0]!, 'select');
      await decideNow(ids[1]!, 'select');
      await decideNow(ids[2]!, 'waitlist');
      await decideNow(ids[3]!, 'waitlist');
      await decideNow(ids[1]!, 'cancel');
      const { offerExpiresAt } = (await organiser().get(ids[2]!)).application;
      assert.ok(offerExpiresAt, 'the first in line is offered the seat');
      now = new Date(Date.parse(offerExpiresAt));
      const statuses = (await organiser().list('organiser-aanbod')).items.map((a: OrganiserApplication) => [a.status, a.history.at(-1)!.note]);
      assert.deepEqual(statuses, [
        ['confirmed', undefined],
        ['cancelled', undefined],
        ['cancelled', 'offer-expired'],
        ['offered', undefined],
      ]);
    });

    test('no token, or one that is not an organiser’s, is a 401 with WWW-Authenticate: Bearer on every route', async () => {
      const [id] = await applyTo('toegang', ['Van Aken']);
      const { etag } = await organiser().get(id!);
      for (const token of [null, 'geen-organisator']) {
        const answers = [
          await admin('/learning-tracks/organiser-toegang/applications', { token }),
          await admin('/learning-tracks/organiser-toegang/applications', { token, headers: { accept: 'text/csv' } }),
          await admin(`/applications/${id}`, { token }),
          await admin(`/applications/${id}/decision`, {
            token,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'if-match': etag },
            body: JSON.stringify({ decision: 'select' }),
          }),
        ];
        for (const answer of answers) {
          assert.equal(answer.status, 401, `${answer.url} with ${token}`);
          assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer\b/);
          assert.match((await answer.json()).type, /\/problems\/unauthorized$/);
        }
      }
      const wrong = organiserApplicationsOf(createConnection({ baseUrl: target.baseUrl }), { token: 'geen-organisator' });
      assert.equal(await kindOf(wrong.list('organiser-toegang')), '401 unauthorized');
      assert.equal((await organiser().get(id!)).application.status, 'received', 'nothing decided');
    });
  });
}
