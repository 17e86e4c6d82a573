// One track under fire: applications, organisers' decisions and cancels, all at once over HTTP. Each
// goes through the track's row lock (repositories/cohorts.ts), so whatever order they come in, the seat
// rules' invariants hold afterwards: seats taken (confirmed + offered) never exceed the seats and equal
// the track's count and the public seatsTaken, no seat is free while anyone waits, waitlist positions
// run 1..n without gaps, and every change of status is in the history and has its mail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledContent as dataset } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const SEATS = 10;
const template = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open')!;
const track = { ...template, id: 'onder-vuur', seats: SEATS, seatsTaken: 0, waitlist: true, status: 'open' as const };
const cohortDataset = { ...dataset, learningTracks: [...dataset.learningTracks, track] };

const EARLIER = 60;
const NEW_APPLICATIONS = 80;
const CANCELS = 60;
const OTHER_DECISIONS = 60;

interface Row {
  id: string;
  status: string;
  waitlist_position: number | null;
  history: { from: string | null; to: string }[];
  mails: number;
}

for (const backend of BACKENDS) {
  describe(`one track under concurrent applications and decisions on ${backend}`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend, dataset: cohortDataset });
      token = await createToken(server.db, { name: 'organisator', scopes: ['applications:read', 'applications:decide'] });
    });
    after(() => server.close());

    const decide = (id: string, decision: string) =>
      fetch(`${server.baseUrl}/admin/applications/${id}/decision`, {
        method: 'POST',
        // `*`: whatever the application is now; the rules decide whether the decision is allowed.
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '*' },
        body: JSON.stringify({ decision }),
      });

    test(`${NEW_APPLICATIONS} applications, ${CANCELS} cancels and ${OTHER_DECISIONS} other decisions at once keep every invariant`, async () => {
      const earlier = await Promise.all(
        Array.from({ length: EARLIER }, (_, i) => post(server.baseUrl, track.id, applicationFor(track, `eerder${i}@example.org`))),
      );
      assert.deepEqual([...new Set(earlier.map((a) => a.status))], [201]);
      const ids: string[] = earlier.map((a) => a.body.id);
      // A fixed spread rather than a random one, so a failure can be run again as it was.
      const pick = (i: number, step: number) => ids[(i * step) % ids.length]!;
      const others = ['select', 'decline', 'waitlist'];

      const operations: Promise<number>[] = [
        ...Array.from({ length: NEW_APPLICATIONS }, (_, i) =>
          post(server.baseUrl, track.id, applicationFor(track, `nieuw${i}@example.org`)).then((a) => a.status),
        ),
        ...Array.from({ length: CANCELS }, (_, i) => decide(pick(i, 7), 'cancel').then((r) => (void r.body?.cancel(), r.status))),
        ...Array.from({ length: OTHER_DECISIONS }, (_, i) => decide(pick(i, 11), others[i % 3]!).then((r) => (void r.body?.cancel(), r.status))),
      ];
      const statuses = await Promise.all(operations);
      assert.equal(statuses.length, 200);
      assert.deepEqual(
        statuses.slice(0, NEW_APPLICATIONS).filter((s) => s !== 201),
        [],
        'every new application accepted',
      );
      assert.deepEqual([...new Set(statuses.slice(NEW_APPLICATIONS))].sort(), [200, 409], 'decisions are taken or refused as conflicts, nothing else');

      const rows = await server.db.query<Row>(
        `SELECT a.id, a.status, a.waitlist_position, a.history, (SELECT count(*)::int FROM outbox o WHERE o.application_id = a.id) AS mails
           FROM applications a WHERE a.track_id = $1 ORDER BY a.seq`,
        [track.id],
      );
      assert.equal(rows.length, EARLIER + NEW_APPLICATIONS);
      const count = (status: string) => rows.filter((r) => r.status === status).length;
      const taken = count('confirmed') + count('offered');
      assert.ok(taken <= SEATS, `${taken} seats taken of ${SEATS}`);
      const waiting = rows.filter((r) => r.status === 'waitlisted');
      if (waiting.length) assert.equal(taken, SEATS, 'no seat is free while anyone waits');
      assert.deepEqual(
        waiting.map((r) => r.waitlist_position).sort((a, b) => a! - b!),
        waiting.map((_, i) => i + 1),
        'positions 1..n without gaps',
      );
      assert.ok(
        rows.filter((r) => r.status !== 'waitlisted').every((r) => r.waitlist_position === null),
        'only the waitlisted have a position',
      );
      for (const row of rows) {
        assert.equal(row.history[0]!.from, null, row.id);
        row.history.slice(1).forEach((entry, i) => assert.equal(entry.from, row.history[i]!.to, `${row.id}: history ${JSON.stringify(row.history)}`));
        assert.equal(row.history.at(-1)!.to, row.status, row.id);
        assert.equal(row.mails, row.history.length, `${row.id}: one mail per change of status`);
      }
      assert.ok(count('cancelled') > 0 && count('offered') + count('confirmed') > 0, 'the operations did change the cohort');

      const [stored] = await server.db.query<{ seats_held: number; waitlisted: number }>('SELECT seats_held, waitlisted FROM learning_tracks WHERE id = $1', [
        track.id,
      ]);
      assert.deepEqual(stored, { seats_held: taken, waitlisted: waiting.length });
      const served = await (await fetch(`${server.baseUrl}/learning-tracks/${track.id}`)).json();
      assert.equal(served.seatsTaken, taken, 'the public seatsTaken agrees');
      const listed = await (
        await fetch(`${server.baseUrl}/admin/learning-tracks/${track.id}/applications?limit=1`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      assert.equal(listed.total, rows.length);
    });
  });
}
