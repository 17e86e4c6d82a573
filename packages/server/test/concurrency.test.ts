// Applications that arrive at the same moment: seats, waitlist positions, idempotency keys and e-mail
// addresses must come out exactly right, on PGlite (one transaction at a time) and on PostgreSQL
// (a pool of connections, the track's row locked).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const template = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open')!;
const track = { ...template, id: 'dertig-plaatsen', seats: 30, seatsTaken: 0, waitlist: true, status: 'open' };
const selection = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
const concurrencyDataset = { ...dataset, learningTracks: [...dataset.learningTracks, track] };

for (const backend of BACKENDS) {
  describe(`concurrent applications on ${backend}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend, dataset: concurrencyDataset });
    });
    after(() => server.close());

    test('200 at once on a first-come track with 30 seats: 30 confirmed, 170 waitlisted at positions 1–170', async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post(server.baseUrl, track.id, applicationFor(track, `persoon${i}@example.org`))),
      );
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
      const confirmed = answers.filter((a) => a.body.status === 'confirmed');
      const waitlisted = answers.filter((a) => a.body.status === 'waitlisted');
      assert.equal(confirmed.length, 30);
      assert.equal(waitlisted.length, 170);
      assert.ok(confirmed.every((a) => a.body.waitlistPosition === undefined));
      assert.deepEqual(
        waitlisted.map((a) => a.body.waitlistPosition).sort((a, b) => a - b),
        Array.from({ length: 170 }, (_, i) => i + 1),
      );
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 200, 'every application its own id');

      const served = await (await fetch(`${server.baseUrl}/learning-tracks/${track.id}`)).json();
      assert.equal(served.seatsTaken, 30);
      assert.equal(served.status, 'waitlist');
      const [stored] = await server.db.query<{ n: number; confirmed: number; positions: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(DISTINCT waitlist_position)::int AS positions
           FROM applications WHERE track_id = $1`,
        [track.id],
      );
      assert.deepEqual(stored, { n: 200, confirmed: 30, positions: 170 });
    });

    test('one attempt retried 30 times at once: one 201, and 29 replays of the same answer', async () => {
      const key = randomUUID();
      const body = applicationFor(selection, 'retry@example.org');
      const answers = await Promise.all(Array.from({ length: 30 }, () => post(server.baseUrl, selection.id, body, key)));
      assert.deepEqual(
        answers.map((a) => a.status).sort((a, b) => a - b),
        [...Array(29).fill(200), 201],
      );
      assert.equal(new Set(answers.map((a) => JSON.stringify(a.body))).size, 1, 'every answer the same');
      const rows = await server.db.query('SELECT id FROM applications WHERE idempotency_key = $1', [key]);
      assert.equal(rows.length, 1);
    });

    test('one e-mail address in 20 attempts at once (other keys, other case): one 201, 19 × 409', async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(server.baseUrl, selection.id, applicationFor(selection, i % 2 ? 'Dubbel@Example.org' : 'dubbel@example.org')),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status).sort((a, b) => a - b),
        [201, ...Array(19).fill(409)],
      );
      assert.ok(answers.filter((a) => a.status === 409).every((a) => a.body.type.endsWith('/duplicate-application')));
    });
  });
}
