// Seat squatting (issue 14): one client address takes at most INO_APPLICATIONS_PER_ADDRESS active
// applications per track, counted by a fingerprint, never by the stored address; and with
// INO_CONFIRM_EMAIL an application that the applicant does not confirm (by opening the manage link
// from the first mail) lapses at its deadline and frees its seat. On every backend, with a fixed clock
// on both sides of the deadline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { bundledContent } from '@ino/contract/content';
import { manageTokenFor, manageTokenKey } from '../src/auth/manage-tokens.js';
import { lapseUnconfirmed } from '../src/repositories/lapse-unconfirmed.js';
import { applicationFor, BACKENDS, post, startTestServer, testConfig, type TestServer } from './harness.js';

const template = bundledContent.learningTracks.find((t) => t.admission === 'first-come' && t.waitlist)!;
const track = { ...template, id: 'twee-plaatsen', seats: 2, seatsTaken: 0, waitlist: true, status: 'open' };
const other = { ...track, id: 'nog-twee-plaatsen' };
const dataset = { ...bundledContent, learningTracks: [...bundledContent.learningTracks, track, other] };
const OPENED = new Date(Date.parse(track.applicationOpensAt!) + 86_400_000);
const CONFIRM_SECONDS = 600;

for (const backend of BACKENDS) {
  describe(`a cap per track and client address on ${backend}`, () => {
    let server: TestServer;
    before(async () => {
      // The test's requests come through a trusted proxy, which says whose they are.
      server = await startTestServer({ backend, dataset, clock: () => OPENED, env: { INO_APPLICATIONS_PER_ADDRESS: '2', INO_TRUSTED_PROXIES: '127.0.0.1' } });
    });
    after(() => server.close());
    const from = async (address: string, trackId = track.id) => {
      const [email, key] = [`${randomUUID()}@example.org`, randomUUID()];
      return { ...(await post(server.baseUrl, trackId, applicationFor(track, email), key, { 'x-forwarded-for': address })), email, key };
    };

    test('the third active application from one address is a 409 too-many-applications; others, other tracks and a retry are not', async () => {
      const [first, second] = [await from('192.0.2.10'), await from('192.0.2.10')];
      assert.deepEqual([first.status, second.status], [201, 201]);
      const third = await from('192.0.2.10');
      assert.equal(third.status, 409);
      assert.match(third.body.type, /\/problems\/too-many-applications$/);
      assert.match(third.body.detail, /2 applications sent from your network address/);
      assert.equal(third.headers.get('retry-after'), null, 'waiting does not help, so nothing says it would');
      const again = await post(server.baseUrl, track.id, applicationFor(track, first.email), first.key, { 'x-forwarded-for': '192.0.2.10' });
      assert.deepEqual([again.status, again.body], [200, first.body], 'a retry of an accepted application is answered as before');
      assert.equal((await from('192.0.2.11')).status, 201, 'another address');
      assert.equal((await from('192.0.2.10', other.id)).status, 201, 'another track');
      assert.equal((await from('2001:db8:1:2::1')).status, 201);
      assert.equal((await from('2001:db8:1:2::1')).status, 201);
      assert.equal((await from('2001:db8:1:2::ffff')).status, 409, 'an IPv6 client by its /64, as the rate limit counts it');

      // A cancelled application holds nothing: its address may apply again.
      const token = manageTokenFor(await manageTokenKey(server.db), first.body.id);
      const cancelled = await fetch(`${server.baseUrl}/me/application/cancel`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
      });
      assert.equal(cancelled.status, 200);
      assert.equal((await from('192.0.2.10')).status, 201);
    });

    test('no address is stored, only a fingerprint that differs per track', async () => {
      const rows = await server.db.query<{ track_id: string; address_fingerprint: string }>(
        'SELECT track_id, address_fingerprint FROM applications WHERE track_id = ANY($1) ORDER BY seq',
        [[track.id, other.id]],
      );
      const stored = JSON.stringify(await server.db.query('SELECT * FROM applications WHERE track_id = ANY($1)', [[track.id, other.id]]));
      for (const address of ['192.0.2.10', '192.0.2.11', '2001:db8:1:2']) assert.ok(!stored.includes(address), `${address} is not stored`);
      const onTrack = rows.filter((r) => r.track_id === track.id).map((r) => r.address_fingerprint);
      const onOther = rows.filter((r) => r.track_id === other.id).map((r) => r.address_fingerprint);
      assert.equal(onTrack[0], onTrack[1], 'one address, one fingerprint on a track');
      assert.ok(!onTrack.includes(onOther[0]!), 'the same address on another track cannot be linked');
    });
  });

  describe(`INO_CONFIRM_EMAIL on ${backend}`, () => {
    let server: TestServer;
    let now = OPENED;
    const config = testConfig({ INO_CONFIRM_EMAIL: String(CONFIRM_SECONDS) });
    before(async () => {
      server = await startTestServer({ backend, dataset, clock: () => now, env: { INO_CONFIRM_EMAIL: String(CONFIRM_SECONDS) } });
    });
    after(() => server.close());
    const apply = async (name: string) => {
      const created = await post(server.baseUrl, track.id, applicationFor(track, `${name}@example.org`));
      assert.equal(created.status, 201);
      return { ...created.body, token: manageTokenFor(await manageTokenKey(server.db), created.body.id) };
    };
    const open = async (token: string) =>
      (await (await fetch(`${server.baseUrl}/me/application`, { headers: { authorization: `Bearer ${token}` } })).json()).status;

    test('an application not confirmed by its deadline lapses and frees its seat for the first in line; a confirmed one stays', async () => {
      const [unconfirmed, confirmed, waiting] = [await apply('niet-bevestigd'), await apply('bevestigd'), await apply('wacht')];
      assert.deepEqual([unconfirmed.status, confirmed.status, waiting.status], ['confirmed', 'confirmed', 'waitlisted']);
      now = new Date(OPENED.getTime() + 60_000);
      assert.equal(await open(confirmed.token), 'confirmed', 'opening the link confirms it');
      assert.equal(await open(waiting.token), 'waitlisted', 'one in line too');

      now = new Date(OPENED.getTime() + CONFIRM_SECONDS * 1000 - 1);
      assert.equal(await lapseUnconfirmed(server.db, now, config), 0, 'not a moment before its deadline');
      now = new Date(OPENED.getTime() + CONFIRM_SECONDS * 1000);
      assert.equal(await lapseUnconfirmed(server.db, now, config), 1);
      assert.equal(await lapseUnconfirmed(server.db, now, config), 0, 'once');

      const [lapsed] = await server.db.query<{ status: string; history: { by: string; note?: string }[] }>(
        'SELECT status, history FROM applications WHERE id = $1',
        [unconfirmed.id],
      );
      assert.equal(lapsed!.status, 'cancelled');
      assert.deepEqual(lapsed!.history.at(-1), { at: now.toISOString(), from: 'confirmed', to: 'cancelled', by: 'system', note: 'email-not-confirmed' });
      const [mail] = await server.db.query<{ detail: object }>("SELECT detail FROM outbox WHERE application_id = $1 AND event = 'cancelled'", [unconfirmed.id]);
      assert.deepEqual(mail!.detail, { by: 'system', reason: 'email-not-confirmed' }, 'its mail says why');
      assert.equal(await open(confirmed.token), 'confirmed');
      assert.equal(await open(waiting.token), 'offered', 'the freed seat');
      assert.equal(await open(unconfirmed.token), 'cancelled', 'opening the link late does not bring it back');
    });

    test('a lapsed application no longer blocks its e-mail address: its owner can apply', async () => {
      const again = await post(server.baseUrl, track.id, applicationFor(track, 'niet-bevestigd@example.org'));
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'Niet-Bevestigd@example.org'))).status, 409, 'once');
      const [rows] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications WHERE email_key = $1', ['niet-bevestigd@example.org']);
      assert.equal(rows!.n, 2, 'the lapsed one is still found by its address (for erasure and subject access)');
    });

    test('an application past its deadline lapses on the next request to its track, before the sweep', async () => {
      const late = await apply('te-laat');
      now = new Date(now.getTime() + CONFIRM_SECONDS * 1000);
      assert.equal(await open(late.token), 'cancelled');
    });
  });
}
