// The organiser's applications (CONTRACT.md §4.2) over the real server, on every backend: the list and
// its CSV, one application and its ETag, every decision from every status, offers that run out (with a
// clock the test moves), seats that change with the track's record, organisation limits, and the audit
// log, which names ids and never a person.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bundledContent } from '@ino/contract/content';
import { applicationsCsvFileName, DEFAULT_TRACK_STATUSES } from '@ino/contract';
import { createToken } from '../src/auth/api-tokens.js';
import { expireDueOffers, startOfferSweep } from '../src/repositories/offer-sweep.js';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const selectionTemplate = bundledContent.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
const firstComeTemplate = bundledContent.learningTracks.find((t) => t.id === 'kennisnetwerk-overheidsopdrachten-innovatief-aankopen')!;
const selectionTrack = (id: string, seats: number) => ({ ...selectionTemplate, id, seats, seatsTaken: 0, waitlist: true, status: 'open' as const });
const firstComeTrack = (id: string, seats: number) => ({ ...firstComeTemplate, id, seats, seatsTaken: 0, waitlist: true, status: 'open' as const });

const STATUSES = ['received', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled'] as const;
const DECISIONS = ['select', 'decline', 'waitlist', 'cancel'] as const;
type Status = (typeof STATUSES)[number];
type Decision = (typeof DECISIONS)[number];

/**
 * What each decision does from each status on a selection track with one seat (how the case is set up:
 * see `inStatus`). `select` from waitlisted finds no seat (a free seat is always offered to the first in
 * line at once), and `waitlist` with the seat free offers it at once.
 */
const EXPECTED: Record<Status, Record<Decision, string>> = {
  received: { select: 'confirmed', decline: 'declined', waitlist: 'offered', cancel: 'cancelled' },
  confirmed: { select: 'conflict', decline: 'conflict', waitlist: 'conflict', cancel: 'cancelled' },
  waitlisted: { select: 'seats-exhausted', decline: 'declined', waitlist: 'conflict', cancel: 'cancelled' },
  offered: { select: 'confirmed', decline: 'conflict', waitlist: 'conflict', cancel: 'cancelled' },
  declined: { select: 'conflict', decline: 'conflict', waitlist: 'conflict', cancel: 'conflict' },
  cancelled: { select: 'conflict', decline: 'conflict', waitlist: 'conflict', cancel: 'conflict' },
};
const matrixId = (status: Status, decision: Decision) => `matrix-${status}-${decision}`;

const listTrack = selectionTrack('proef-lijst', 30);
const fullTrack = selectionTrack('proef-vol', 1);
const offerTrack = firstComeTrack('proef-aanbod', 1);
const seatsTrack = firstComeTrack('proef-plaatsen', 1);
const timerTrack = firstComeTrack('proef-wekker', 1);
const cancelTrack = firstComeTrack('proef-afgelast', 5);
const otherOrganisersTrack = { ...firstComeTrack('proef-ander', 5), organisers: ['informatie-vlaanderen'] };
const dataset = {
  ...bundledContent,
  learningTracks: [
    ...bundledContent.learningTracks,
    listTrack,
    fullTrack,
    offerTrack,
    seatsTrack,
    timerTrack,
    cancelTrack,
    otherOrganisersTrack,
    ...STATUSES.flatMap((status) => DECISIONS.map((decision) => selectionTrack(matrixId(status, decision), 1))),
  ],
};

/** An hour: the offer window these servers run with (INO_OFFER_WINDOW). */
const OFFER_WINDOW_SECONDS = 3600;

for (const backend of BACKENDS) {
  describe(`the organiser's applications on ${backend}`, () => {
    let server: TestServer;
    let now = Date.now();
    let reader: string;
    let decider: string;
    let editor: string;
    before(async () => {
      server = await startTestServer({ backend, dataset, env: { INO_OFFER_WINDOW: String(OFFER_WINDOW_SECONDS) }, clock: () => new Date(now) });
      reader = await createToken(server.db, { name: 'lezer', scopes: ['applications:read'] });
      decider = await createToken(server.db, { name: 'beslisser', scopes: ['applications:read', 'applications:decide'] });
      editor = await createToken(server.db, { name: 'redacteur', scopes: ['content:write'] });
    });
    after(() => server.close());

    const admin = (path: string, { token = decider, ...init }: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${server.baseUrl}/admin${path}`, { ...init, headers });
    };
    const apply = async (track: typeof listTrack, email: string, extra: Record<string, unknown> = {}): Promise<string> => {
      const answer = await post(server.baseUrl, track.id, { ...applicationFor(track, email), ...extra });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body.id;
    };
    const read = async (id: string) => {
      const response = await admin(`/applications/${id}`);
      assert.equal(response.status, 200);
      return { etag: response.headers.get('etag')!, body: await response.json() };
    };
    /** Reads the application, then decides with its ETag. */
    const decideOn = async (id: string, decision: Decision, note?: string) => {
      const { etag } = await read(id);
      const response = await admin(`/applications/${id}/decision`, { method: 'POST', body: JSON.stringify({ decision, note }), headers: { 'if-match': etag } });
      return { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
    };
    const statusOf = async (id: string) => (await read(id)).body.status as string;

    describe('the list', () => {
      const people = [
        { givenName: 'An', familyName: 'Peeters', organisation: 'Stad Gent', email: 'an@gent.example' },
        { givenName: 'Bram', familyName: 'Janssens', organisation: 'Provincie Antwerpen', email: 'bram@antwerpen.example' },
        { givenName: 'Chloé', familyName: 'Dubois', organisation: 'Stad Gent', email: 'chloe@example.org' },
        { givenName: 'Dirk', familyName: 'Peeters-Maes', organisation: 'VVSG', email: 'dirk@vvsg.example' },
        { givenName: 'Els', familyName: '100%_Wouters', organisation: 'Stad Leuven', email: 'els@leuven.example' },
      ];
      const ids: string[] = [];
      before(async () => {
        for (const [i, person] of people.entries())
          ids.push(await apply(listTrack, person.email, { ...person, answers: { bring: i === 0 ? '=cmd|"/c calc"!A1' : 'Ervaring, veel.', expect: 'Leren' } }));
        await decideOn(ids[1]!, 'select');
        await decideOn(ids[3]!, 'decline');
      });

      const list = async (query: string, token = reader) => {
        const response = await admin(`/learning-tracks/${listTrack.id}/applications${query}`, { token });
        return { status: response.status, headers: response.headers, body: await response.json() };
      };

      test('oldest first, as OrganiserApplications with their history, no-store', async () => {
        const { status, headers, body } = await list('');
        assert.equal(status, 200);
        assert.equal(headers.get('cache-control'), 'no-store');
        assert.deepEqual(
          body.items.map((a: { id: string }) => a.id),
          ids,
        );
        assert.equal(body.total, 5);
        assert.equal(body.nextCursor, null);
        const bram = body.items[1];
        assert.equal(bram.status, 'confirmed');
        assert.equal(bram.givenName, 'Bram');
        assert.deepEqual(
          bram.history.map((h: { from: string | null; to: string; by: string }) => [h.from, h.to, h.by]),
          [
            [null, 'received', 'applicant'],
            ['received', 'confirmed', 'beslisser'],
          ],
        );
      });

      test('status filters, comma-separated', async () => {
        assert.deepEqual(
          (await list('?status=confirmed,declined')).body.items.map((a: { id: string }) => a.id),
          [ids[1], ids[3]],
        );
        assert.equal((await list('?status=received')).body.total, 3);
      });

      test('q: every word, in a name, the e-mail address or the organisation, whatever the case; % and _ are plain characters', async () => {
        const found = async (q: string) => (await list(`?q=${encodeURIComponent(q)}`)).body.items.map((a: { givenName: string }) => a.givenName);
        assert.deepEqual(await found('peeters'), ['An', 'Dirk']);
        assert.deepEqual(await found('STAD gent'), ['An', 'Chloé']);
        assert.deepEqual(await found('antwerpen.example'), ['Bram']);
        assert.deepEqual(await found('gent peeters'), ['An']);
        assert.deepEqual(await found('100%_'), ['Els']);
        assert.deepEqual(await found('%'), ['Els'], 'a % matches only a %');
        assert.deepEqual(await found('nobody'), []);
        assert.deepEqual(await found('stad gent'), await found('  stad   gent '));
      });

      test('paging: limit and cursor as the public lists, a cursor bound to its query', async () => {
        const first = await list('?limit=2');
        assert.equal(first.body.items.length, 2);
        assert.equal(first.body.total, 5);
        const second = await list(`?limit=2&cursor=${first.body.nextCursor}`);
        const third = await list(`?limit=2&cursor=${second.body.nextCursor}`);
        assert.deepEqual(
          [...first.body.items, ...second.body.items, ...third.body.items].map((a: { id: string }) => a.id),
          ids,
        );
        assert.equal(third.body.nextCursor, null);
        for (const bad of [`?cursor=zzz`, `?status=received&cursor=${first.body.nextCursor}`]) {
          const answer = await list(bad);
          assert.equal(answer.status, 400, bad);
          assert.match(answer.body.type, /\/problems\/invalid-cursor$/);
        }
        assert.equal((await list('?limit=0')).status, 400);
      });

      test('an unknown track is 404; a token without applications:read is 403', async () => {
        const unknown = await admin('/learning-tracks/bestaat-niet/applications', { token: reader });
        assert.equal(unknown.status, 404);
        assert.equal((await admin(`/learning-tracks/${listTrack.id}/applications`, { token: editor })).status, 403);
      });

      test('CSV with Accept: text/csv: BOM, RFC 4180, every matching row, one column per question, a formula prefixed, an attachment', async () => {
        const response = await admin(`/learning-tracks/${listTrack.id}/applications?limit=1&q=stad`, { token: reader, headers: { accept: 'text/csv' } });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
        assert.equal(response.headers.get('content-disposition'), `attachment; filename="${applicationsCsvFileName(listTrack.id, new Date(now))}"`);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const bytes = Buffer.from(await response.arrayBuffer());
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM');
        const lines = bytes.toString('utf8').slice(1).split('\r\n');
        const [header, ...rows] = lines.slice(0, -1);
        assert.equal(lines.at(-1), '', 'every line ends in CRLF');
        assert.deepEqual(
          header!.split(',').slice(11),
          listTrack.questions.map((q) => `${q.label} (${q.id})`),
        );
        assert.equal(rows.length, 3, 'every application with "stad", not one page of them');
        const an = rows.find((row) => row.startsWith(`${ids[0]},`))!;
        assert.ok(an.includes(`"'=cmd|""/c calc""!A1"`), an);
        assert.ok(rows.some((row) => row.includes('"Ervaring, veel."')));
        assert.ok(bytes.toString('utf8').includes('Chloé'));
      });
    });

    describe('one application and its ETag', () => {
      test('GET answers the application with a strong ETag that changes when it changes', async () => {
        const id = await apply(listTrack, 'etag@example.org');
        const first = await read(id);
        assert.match(first.etag, /^"[^"]+"$/);
        assert.equal(first.body.id, id);
        assert.equal(first.body.trackId, listTrack.id);
        assert.equal((await read(id)).etag, first.etag, 'the same while nothing changes');
        const decided = await decideOn(id, 'select');
        assert.equal(decided.status, 200);
        assert.notEqual(decided.etag, first.etag);
        assert.equal((await read(id)).etag, decided.etag, 'the decision answers the new ETag');
      });

      test('an unknown application is 404', async () => {
        assert.equal((await admin('/applications/app-bestaat-niet')).status, 404);
        assert.equal(
          (await admin('/applications/app-bestaat-niet/decision', { method: 'POST', body: '{"decision":"select"}', headers: { 'if-match': '*' } })).status,
          404,
        );
      });

      test('428 without If-Match, 412 with a stale ETag (nothing changes), 415 when not JSON, 422 when not a decision', async () => {
        const id = await apply(listTrack, 'preconditions@example.org');
        const { etag } = await read(id);
        const send = (body: string, headers: Record<string, string>) => admin(`/applications/${id}/decision`, { method: 'POST', body, headers });
        const required = await send('{"decision":"select"}', {});
        assert.equal(required.status, 428);
        assert.match((await required.json()).type, /\/problems\/precondition-required$/);
        const stale = await send('{"decision":"select"}', { 'if-match': '"0-0"' });
        assert.equal(stale.status, 412);
        assert.match((await stale.json()).type, /\/problems\/precondition-failed$/);
        assert.equal(await statusOf(id), 'received');
        assert.equal((await send('decision=select', { 'if-match': etag, 'content-type': 'text/plain' })).status, 415);
        const invalid = await send('{"decision":"promote"}', { 'if-match': etag });
        assert.equal(invalid.status, 422);
        const problem = await invalid.json();
        assert.match(problem.type, /\/problems\/validation$/);
        assert.equal(problem.errors[0].field, 'decision');
        assert.equal((await send('{"decision":"select"}', { 'if-match': etag })).status, 200, 'the ETag read before still holds');
      });

      test('a token with applications:read only may read, not decide: 403', async () => {
        const id = await apply(listTrack, 'alleen-lezen@example.org');
        const response = await admin(`/applications/${id}/decision`, {
          token: reader,
          method: 'POST',
          body: '{"decision":"select"}',
          headers: { 'if-match': '*' },
        });
        assert.equal(response.status, 403);
      });
    });

    describe('each decision from each status', () => {
      /** An application in `status` on the matrix track, which has one seat; resolves its id. */
      async function inStatus(status: Status, trackId: string): Promise<string> {
        const track = { ...fullTrack, id: trackId };
        const filler = async () => {
          const id = await apply(track, `vuller@example.org`);
          assert.equal((await decideOn(id, 'select')).body.status, 'confirmed');
          return id;
        };
        if (status === 'waitlisted' || status === 'offered') {
          const taken = await filler();
          const id = await apply(track, `subject@example.org`);
          assert.equal((await decideOn(id, 'waitlist')).body.status, 'waitlisted');
          if (status === 'offered') assert.equal((await decideOn(taken, 'cancel')).status, 200);
          return id;
        }
        const id = await apply(track, `subject@example.org`);
        const to: Partial<Record<Status, Decision>> = { confirmed: 'select', declined: 'decline', cancelled: 'cancel' };
        if (to[status]) await decideOn(id, to[status]!);
        return id;
      }

      for (const status of STATUSES)
        for (const decision of DECISIONS) {
          const expected = EXPECTED[status][decision];
          test(`${decision} ${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} application: ${expected}`, async () => {
            const id = await inStatus(status, matrixId(status, decision));
            assert.equal(await statusOf(id), status);
            const answer = await decideOn(id, decision, 'Besproken op de stuurgroep.');
            if (expected === 'conflict' || expected === 'seats-exhausted') {
              assert.equal(answer.status, 409);
              assert.match(answer.body.type, new RegExp(`/problems/${expected}$`));
              assert.equal(await statusOf(id), status, 'nothing changed');
            } else {
              assert.equal(answer.status, 200, JSON.stringify(answer.body));
              assert.equal(answer.body.status, expected);
              const last = answer.body.history.find((h: { note?: string }) => h.note);
              assert.deepEqual(
                [last.from, last.to, last.by, last.note],
                [status, expected === 'offered' ? 'waitlisted' : expected, 'beslisser', 'Besproken op de stuurgroep.'],
              );
            }
          });
        }

      test('select with every seat taken: 409 seats-exhausted', async () => {
        const track = { ...fullTrack };
        const first = await apply(track, 'eerste@example.org');
        const second = await apply(track, 'tweede@example.org');
        assert.equal((await decideOn(first, 'select')).status, 200);
        const answer = await decideOn(second, 'select');
        assert.equal(answer.status, 409);
        assert.match(answer.body.type, /\/problems\/seats-exhausted$/);
        assert.equal(await statusOf(second), 'received');
      });
    });

    describe('offers', () => {
      test('a cancel offers the seat to the first in line until the window ends; past it the sweep cancels the offer and the seat passes on', async () => {
        const held = await apply(offerTrack, 'houder@example.org');
        const first = await apply(offerTrack, 'eerste-in-de-rij@example.org');
        const second = await apply(offerTrack, 'tweede-in-de-rij@example.org');
        assert.deepEqual([await statusOf(held), await statusOf(first), await statusOf(second)], ['confirmed', 'waitlisted', 'waitlisted']);

        const cancelled = await decideOn(held, 'cancel');
        assert.equal(cancelled.body.status, 'cancelled');
        const offered = (await read(first)).body;
        assert.equal(offered.status, 'offered');
        const deadline = Date.parse(offered.offerExpiresAt);
        assert.equal(deadline, now + OFFER_WINDOW_SECONDS * 1000);
        assert.equal((await read(second)).body.waitlistPosition, 1, 'moved up');

        now = deadline - 1000;
        assert.equal(await expireDueOffers(server.db, new Date(now), OFFER_WINDOW_SECONDS), 0, 'nothing due a second before');
        assert.equal((await read(first)).body.status, 'offered');

        now = deadline + 1000;
        // A public read of the track sweeps first: its seats count the seat as offered to the next.
        const track = await (await fetch(`${server.baseUrl}/learning-tracks/${offerTrack.id}`)).json();
        assert.equal(track.seatsTaken, 1);
        const expired = (await read(first)).body;
        assert.equal(expired.status, 'cancelled');
        assert.deepEqual(expired.history.at(-1), { at: new Date(now).toISOString(), from: 'offered', to: 'cancelled', by: 'system', note: 'offer-expired' });
        const next = (await read(second)).body;
        assert.equal(next.status, 'offered');
        assert.equal(Date.parse(next.offerExpiresAt), now + OFFER_WINDOW_SECONDS * 1000);
        const mails = await server.db.query<{ event: string; detail: Record<string, unknown> }>(
          'SELECT event, detail FROM outbox WHERE application_id = $1 ORDER BY id',
          [first],
        );
        assert.deepEqual(
          mails.map((m) => m.event),
          ['waitlisted', 'offered', 'cancelled'],
        );
        assert.deepEqual(mails[2]!.detail, { by: 'system', reason: 'offer-expired' });
      });

      test("the server's timer sweeps with its clock, and a failing sweep is logged, not thrown", async () => {
        const held = await apply(timerTrack, 'wekker-houder@example.org');
        const waiting = await apply(timerTrack, 'wekker-wachter@example.org');
        await decideOn(held, 'cancel');
        const deadline = Date.parse((await read(waiting)).body.offerExpiresAt);
        const [{ status: before }] = await server.db.query<{ status: string }>('SELECT status FROM applications WHERE id = $1', [waiting]);
        assert.equal(before, 'offered');
        const stop = startOfferSweep(server.db, () => new Date(deadline + 1), OFFER_WINDOW_SECONDS, 20);
        try {
          for (let i = 0; i < 100; i++) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            const [row] = await server.db.query<{ status: string }>('SELECT status FROM applications WHERE id = $1', [waiting]);
            if (row!.status === 'cancelled') break;
          }
        } finally {
          stop();
        }
        const [row] = await server.db.query<{ status: string }>('SELECT status FROM applications WHERE id = $1', [waiting]);
        assert.equal(row!.status, 'cancelled');

        const logged: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => void logged.push(args);
        const failing = { ...server.db, query: () => Promise.reject(new Error('database away')) };
        const stopFailing = startOfferSweep(failing, () => new Date(), OFFER_WINDOW_SECONDS, 10);
        try {
          await new Promise((resolve) => setTimeout(resolve, 60));
        } finally {
          stopFailing();
          console.error = original;
        }
        assert.ok(logged.length >= 1, 'the failure is logged');
        assert.match(String((logged[0] as unknown[])[0]), /Expiring offers failed/);
      });
    });

    describe("a track's record changes", () => {
      const putTrack = async (id: string, change: Record<string, unknown>) => {
        const got = await admin(`/learning-tracks/${id}`, { token: editor });
        const record = await got.json();
        const response = await admin(`/learning-tracks/${id}`, {
          token: editor,
          method: 'PUT',
          body: JSON.stringify({ ...record, ...change }),
          headers: { 'if-match': got.headers.get('etag')! },
        });
        assert.equal(response.status, 200, JSON.stringify(await response.clone().json()));
      };

      test('more seats offer them to those in line; the public seatsTaken counts the offers', async () => {
        const ids = [];
        for (const i of [1, 2, 3]) ids.push(await apply(seatsTrack, `plaats${i}@example.org`));
        assert.deepEqual(await Promise.all(ids.map(statusOf)), ['confirmed', 'waitlisted', 'waitlisted']);
        await putTrack(seatsTrack.id, { seats: 3 });
        assert.deepEqual(await Promise.all(ids.map(statusOf)), ['confirmed', 'offered', 'offered']);
        const track = await (await fetch(`${server.baseUrl}/learning-tracks/${seatsTrack.id}`)).json();
        assert.equal(track.seatsTaken, 3);
        assert.equal(track.seats, 3);
      });

      test('a cancelled track queues one track-cancelled mail per active application; their statuses stay', async () => {
        const active = [await apply(cancelTrack, 'afgelast1@example.org'), await apply(cancelTrack, 'afgelast2@example.org')];
        const ended = await apply(cancelTrack, 'afgelast3@example.org');
        await decideOn(ended, 'cancel');
        await putTrack(cancelTrack.id, { status: 'cancelled' });
        const mails = await server.db.query<{ application_id: string }>("SELECT application_id FROM outbox WHERE event = 'track-cancelled' ORDER BY id");
        assert.deepEqual(
          mails.map((m) => m.application_id),
          active,
        );
        assert.deepEqual(await Promise.all(active.map(statusOf)), ['confirmed', 'confirmed']);
        await putTrack(cancelTrack.id, { title: 'Afgelast, met een nieuwe titel' });
        assert.equal((await server.db.query("SELECT 1 FROM outbox WHERE event = 'track-cancelled'")).length, 2, 'once, not at every change');
      });
    });

    describe('a token limited to organisations', () => {
      test("sees only its organisations' tracks and their applications; the rest is 404", async () => {
        const limited = await createToken(server.db, {
          name: 'informatie-vlaanderen',
          scopes: ['applications:read', 'applications:decide'],
          organisations: ['informatie-vlaanderen'],
        });
        const own = await apply(otherOrganisersTrack, 'eigen@example.org');
        const foreign = await apply(listTrack, 'vreemd@example.org');
        assert.equal((await admin(`/learning-tracks/${otherOrganisersTrack.id}/applications`, { token: limited })).status, 200);
        assert.equal((await admin(`/applications/${own}`, { token: limited })).status, 200);
        for (const [path, init] of [
          [`/learning-tracks/${listTrack.id}/applications`, {}],
          [`/learning-tracks/${listTrack.id}/applications`, { headers: { accept: 'text/csv' } }],
          [`/applications/${foreign}`, {}],
          [`/applications/${foreign}/decision`, { method: 'POST', body: '{"decision":"cancel"}', headers: { 'if-match': '*' } }],
        ] as const) {
          const response = await admin(path, { token: limited, ...init });
          assert.equal(response.status, 404, path);
          assert.match((await response.json()).type, /\/problems\/not-found$/);
        }
        assert.equal(await statusOf(foreign), 'received');
      });
    });

    test('the audit log has every read and decision, by ids, and no personal data', async () => {
      const id = await apply(listTrack, 'audit.persoon@example.org', { givenName: 'Auditia', familyName: 'Geheimhouder', organisation: 'Stad Nergens' });
      await admin(`/learning-tracks/${listTrack.id}/applications?q=geheimhouder`, { token: reader });
      await admin(`/learning-tracks/${listTrack.id}/applications?q=geheimhouder`, { token: reader, headers: { accept: 'text/csv' } });
      await decideOn(id, 'select', 'Geheimhouder is een goede kandidaat.');
      const entries = await server.db.query<{ actor: string; action: string; target: string; detail: Record<string, unknown> }>(
        'SELECT actor, action, target, detail FROM audit_log ORDER BY id',
      );
      const mine = entries.filter(
        (e) => e.target === `applications/${id}` || (e.target === `learning-tracks/${listTrack.id}` && e.action.startsWith('applications.')),
      );
      const last = mine.slice(-4);
      assert.deepEqual(
        last.map((e) => [e.actor, e.action, e.target, e.detail]),
        [
          ['lezer', 'applications.list', `learning-tracks/${listTrack.id}`, { count: 1 }],
          ['lezer', 'applications.export', `learning-tracks/${listTrack.id}`, { count: 1 }],
          ['beslisser', 'application.read', `applications/${id}`, { trackId: listTrack.id }],
          ['beslisser', 'application.decide', `applications/${id}`, { trackId: listTrack.id, decision: 'select', status: 'confirmed' }],
        ],
      );
      const everything = JSON.stringify(entries);
      for (const personal of ['Auditia', 'Geheimhouder', 'audit.persoon', 'Nergens', 'stuurgroep', '@example.org', '@gent.example'])
        assert.ok(!everything.includes(personal), personal);
    });

    test('the public list of tracks still answers with its default statuses', async () => {
      // The sweep before a public read must not change what the read answers.
      const page = await (await fetch(`${server.baseUrl}/learning-tracks?limit=100`)).json();
      assert.ok(page.items.every((t: { status: string }) => (DEFAULT_TRACK_STATUSES as readonly string[]).includes(t.status)));
      assert.ok(page.items.some((t: { id: string }) => t.id === listTrack.id));
    });
  });
}
