// One's own application (CONTRACT.md §3.7) over HTTP, with the manage token each application's mail
// would carry (made here as the server makes it): reading it, cancelling, accepting an offer, the 401
// that says nothing about whether a token ever existed, retries by Idempotency-Key, an offer past its
// deadline, and a page on an allowed origin calling it through CORS. On every backend, with a clock the
// test sets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { bundledContent } from '@ino/contract/content';
import { manageTokenFor, manageTokenKey } from '../src/auth/manage-tokens.js';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const template = bundledContent.learningTracks.find((t) => t.admission === 'first-come' && t.waitlist)!;
/** Two seats and a waitlist: the third applicant waits, and gets an offer when a seat frees. */
const track = { ...template, id: 'twee-plaatsen', seats: 2, seatsTaken: 0, waitlist: true, status: 'open' };
const dataset = { ...bundledContent, learningTracks: [...bundledContent.learningTracks, track] };
const OPENED = new Date(Date.parse(track.applicationOpensAt!) + 86_400_000);
const ALLOWED = 'https://www.gent.be';
const HOUR = 3_600_000;

for (const backend of BACKENDS) {
  describe(`one's own application on ${backend}`, () => {
    let server: TestServer;
    let now = OPENED;
    before(async () => {
      server = await startTestServer({ backend, dataset, clock: () => now, env: { INO_ALLOWED_ORIGINS: ALLOWED, INO_OFFER_WINDOW: '3600' } });
    });
    after(() => server.close());

    /** Applies to the two-seat track; resolves the application and its manage token. */
    const applicant = async (name: string) => {
      const created = await post(server.baseUrl, track.id, applicationFor(track, `${name}-${randomUUID()}@example.org`));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return { ...created.body, token: manageTokenFor(await manageTokenKey(server.db), created.body.id) };
    };
    const me = (token: string | undefined, action?: 'cancel' | 'accept', key: string = randomUUID(), headers: Record<string, string> = {}) =>
      fetch(`${server.baseUrl}/me/application${action ? `/${action}` : ''}`, {
        method: action ? 'POST' : 'GET',
        headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...(action && key ? { 'idempotency-key': key } : {}), ...headers },
      });
    const read = async (response: Promise<Response>) => {
      const answer = await response;
      return { status: answer.status, headers: answer.headers, body: await answer.json() };
    };
    /** Empties the track: every active application cancelled through its own token. */
    const cancelAll = async (...tokens: string[]) => {
      for (const token of tokens) assert.equal((await me(token, 'cancel')).status, 200);
    };

    test('GET answers MyApplication with the personal data, never cached', async () => {
      const an = await applicant('an');
      const { status, headers, body } = await read(me(an.token));
      assert.equal(status, 200);
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.equal(body.id, an.id);
      assert.equal(body.trackId, track.id);
      assert.equal(body.status, 'confirmed');
      assert.equal(body.givenName, 'An');
      assert.match(body.email, /^an-/);
      assert.deepEqual(
        Object.keys(body.answers),
        track.questions.map((q) => q.id),
      );
      await cancelAll(an.token);
    });

    test('401 unauthorized alike for no token, a malformed one, an unknown one and an erased one', async () => {
      const erased = await applicant('erased');
      assert.equal((await me(erased.token, 'cancel', 'erase-me-first')).status, 200, 'a stored answer, to see it go with the data');
      // What erasure (§4.3) does to the row: the personal data and the token's hash go.
      await server.db.query(
        'UPDATE applications SET request = NULL, email_key = NULL, body_hash = NULL, manage_token_hash = NULL, erased_at = $2 WHERE id = $1',
        [erased.id, now],
      );
      const answers = await Promise.all(
        [undefined, 'not a token', 'x'.repeat(43), manageTokenFor(Buffer.from(randomUUID()), erased.id), erased.token].map((t) => read(me(t))),
      );
      for (const { status, headers, body } of answers) {
        assert.equal(status, 401);
        assert.match(headers.get('www-authenticate')!, /^Bearer /);
        assert.deepEqual(body, answers[0]!.body, 'the same answer whatever the token was');
      }
      assert.match(answers[0]!.body.type, /\/problems\/unauthorized$/);
      assert.equal((await me(erased.token, 'cancel')).status, 401, 'the POSTs too');
      const [row] = await server.db.query<{ n: number; fingerprint: string | null }>(
        'SELECT (SELECT count(*)::int FROM applicant_requests WHERE application_id = $1) AS n, address_fingerprint AS fingerprint FROM applications WHERE id = $1',
        [erased.id],
      );
      assert.deepEqual(row, { n: 0, fingerprint: null }, 'the stored answers and the address fingerprint went with the data');
    });

    test('cancel needs an Idempotency-Key; a retry with it hears the first answer, and cancelling again changes nothing', async () => {
      const bo = await applicant('bo');
      assert.equal((await me(bo.token, 'cancel', '')).status, 400, 'none');
      assert.equal((await me(bo.token, 'cancel', 'short')).status, 400);
      const first = await read(me(bo.token, 'cancel', 'cancel-key-1'));
      assert.equal(first.status, 200);
      assert.equal(first.body.status, 'cancelled');
      now = new Date(now.getTime() + 1000);
      const retry = await read(me(bo.token, 'cancel', 'cancel-key-1'));
      assert.deepEqual([retry.status, retry.body], [200, first.body]);
      const again = await read(me(bo.token, 'cancel', 'cancel-key-2'));
      assert.deepEqual([again.status, again.body.status, again.body.updatedAt], [200, 'cancelled', first.body.updatedAt], 'unchanged');
      assert.equal((await me(bo.token, 'accept', 'cancel-key-1')).status, 422, 'the same key on the other route: idempotency-mismatch');
    });

    test('a cancelled seat is offered to the first in line; accepting confirms it, and a retried accept is not a 409', async () => {
      const [one, two, three] = [await applicant('een'), await applicant('twee'), await applicant('drie')];
      assert.deepEqual([one.status, two.status, three.status], ['confirmed', 'confirmed', 'waitlisted']);
      assert.equal((await read(me(one.token, 'accept'))).body.type.endsWith('/problems/conflict'), true, 'nothing is offered to a confirmed one');
      assert.equal((await me(three.token, 'accept')).status, 409, 'nor to one in line');
      await cancelAll(one.token);
      const offered = (await read(me(three.token))).body;
      assert.equal(offered.status, 'offered');
      assert.equal(offered.offerExpiresAt, new Date(now.getTime() + HOUR).toISOString(), 'for the offer window');
      const accepted = await read(me(three.token, 'accept', 'accept-key-1'));
      assert.deepEqual([accepted.status, accepted.body.status], [200, 'confirmed']);
      const retried = await read(me(three.token, 'accept', 'accept-key-1'));
      assert.deepEqual([retried.status, retried.body], [200, accepted.body], 'the first answer again');
      assert.equal((await me(three.token, 'accept', 'accept-key-2')).status, 409, 'a new attempt: nothing is offered any more');
      await cancelAll(two.token, three.token);
    });

    test('an offer past its deadline: accept is 410 offer-expired, it is cancelled and the seat passes on', async () => {
      const [one, two, three, four] = [await applicant('a'), await applicant('b'), await applicant('c'), await applicant('d')];
      await cancelAll(one.token);
      assert.equal((await read(me(three.token))).body.status, 'offered');
      now = new Date(now.getTime() + HOUR);
      const late = await read(me(three.token, 'accept', 'late-accept'));
      assert.equal(late.status, 410);
      assert.match(late.body.type, /\/problems\/offer-expired$/);
      assert.equal((await read(me(three.token, 'accept', 'late-accept'))).status, 410, 'a retry hears the same');
      assert.equal((await read(me(three.token))).body.status, 'cancelled');
      assert.equal((await read(me(four.token))).body.status, 'offered', 'the next in line');
      await cancelAll(two.token, four.token);
    });

    test('a page on an allowed origin may send the token: the preflight names Authorization', async () => {
      const eva = await applicant('eva');
      for (const [path, method] of [
        ['/me/application', 'GET'],
        ['/me/application/cancel', 'POST'],
      ]) {
        const pre = await fetch(`${server.baseUrl}${path}`, {
          method: 'OPTIONS',
          headers: { origin: ALLOWED, 'access-control-request-method': method!, 'access-control-request-headers': 'authorization,idempotency-key' },
        });
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get('access-control-allow-origin'), ALLOWED);
        assert.match(pre.headers.get('access-control-allow-headers')!, /\bAuthorization\b/);
        assert.match(pre.headers.get('access-control-allow-methods')!, new RegExp(method!));
      }
      const applyPreflight = await fetch(`${server.baseUrl}/learning-tracks/${track.id}/applications`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
      });
      assert.doesNotMatch(applyPreflight.headers.get('access-control-allow-headers')!, /Authorization/, 'applying takes no token');
      const got = await me(eva.token, undefined, undefined, { origin: ALLOWED });
      assert.equal(got.status, 200);
      assert.equal(got.headers.get('access-control-allow-origin'), ALLOWED);
      const refused = await me('unknown', undefined, undefined, { origin: ALLOWED });
      assert.equal(refused.headers.get('access-control-allow-origin'), ALLOWED, 'the page can read its 401');
      assert.match(refused.headers.get('access-control-expose-headers')!, /WWW-Authenticate/);
      await cancelAll(eva.token);
    });
  });
}
