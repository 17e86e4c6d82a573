// Retention (CONTRACT.md §4.3): when a track's applications lose their personal data (calendar days in
// Brussels after its last session, or after it was cancelled), a run on both sides of that moment on
// every backend, and the two ways it runs: `ino-server retention run [--dry-run]` and the server itself.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Content } from '@ino/contract';
import { bundledContent } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import type { Database } from '../src/db/database.js';
import { loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { apply } from '../src/repositories/applications.js';
import { personalDataDueAt, runRetention, trackOverAt } from '../src/repositories/retention.js';
import { applicationFor, BACKENDS, freshDatabase, serverStorage, spawnServer } from './harness.js';

const BIN = fileURLToPath(new URL('../bin/ino-server.mjs', import.meta.url));

type TrackRecord = Content['learningTracks'][number];
const firstCome = bundledContent.learningTracks.find((t) => t.id === 'kennisnetwerk-overheidsopdrachten-innovatief-aankopen')!;
const selection = bundledContent.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
/** Both tracks take applications then. */
const T0 = new Date('2026-12-01T12:00:00+01:00');

/** One session that ends at 16:30 Brussels time in winter. */
const ENDS_IN_WINTER = { ...firstCome, sessions: [{ ...firstCome.sessions[0]!, startsAt: '2027-02-10T09:30:00+01:00', endsAt: '2027-02-10T16:30:00+01:00' }] };
/** 180 calendar days later, in summer time: still 16:30 in Brussels (14:30 UTC, not the 15:30 of 180 × 24 hours). */
const WINTER_DUE = new Date('2027-08-09T16:30:00+02:00');
/** Cancelled in winter (its updatedAt), before any session. */
const CANCELLED = { ...selection, status: 'cancelled', updatedAt: '2027-01-05T10:00:00+01:00' } satisfies TrackRecord;
const CANCELLED_DUE = new Date('2027-07-04T10:00:00+02:00');

const withTracks = (...tracks: TrackRecord[]): Content => ({
  ...bundledContent,
  learningTracks: bundledContent.learningTracks.map((t) => tracks.find((changed) => changed.id === t.id) ?? t),
});
const second = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/** Applications made through the same code as the API's, at `now`; resolves their ids. */
async function applyAll(db: Database, track: TrackRecord, emails: string[], now = T0): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) {
    const decision = await apply(db, {
      trackId: track.id,
      idempotencyKey: randomUUID(),
      body: applicationFor(track, email),
      now,
      offerWindowSeconds: 259_200,
      clientAddress: '192.0.2.1',
      applicationsPerAddress: 0,
    });
    assert.equal(decision.kind, 'created', JSON.stringify(decision));
    ids.push((decision as { application: { id: string } }).application.id);
  }
  return ids;
}

const erasedIds = async (db: Database) =>
  (await db.query<{ id: string }>('SELECT id FROM applications WHERE erased_at IS NOT NULL ORDER BY id')).map((row) => row.id);

describe('when a track is over, and when its personal data is due', () => {
  test('the last session’s end, in Brussels calendar days across a daylight-saving change', () => {
    const track = { ...firstCome, sessions: [...ENDS_IN_WINTER.sessions, { ...firstCome.sessions[0]!, endsAt: '2027-01-20T16:30:00+01:00' }] };
    assert.equal(trackOverAt(track)!.toISOString(), new Date('2027-02-10T16:30:00+01:00').toISOString(), 'the last session, not the last listed');
    assert.equal(personalDataDueAt(track, 180)!.toISOString(), WINTER_DUE.toISOString());
    assert.equal(personalDataDueAt(track, 0)!.toISOString(), new Date('2027-02-10T16:30:00+01:00').toISOString());
  });

  test('a cancelled track from its updatedAt, or its last session if that was earlier', () => {
    assert.equal(personalDataDueAt(CANCELLED, 180)!.toISOString(), CANCELLED_DUE.toISOString());
    const cancelledLate = { ...ENDS_IN_WINTER, status: 'cancelled', updatedAt: '2027-03-01T09:00:00+01:00' };
    assert.equal(trackOverAt(cancelledLate)!.toISOString(), new Date('2027-02-10T16:30:00+01:00').toISOString());
  });

  test('without sessions: a completed track from its updatedAt; an open one is never over', () => {
    const completed = { ...firstCome, sessions: [], status: 'completed', updatedAt: '2026-06-30T12:00:00+02:00' };
    assert.equal(trackOverAt(completed)!.toISOString(), new Date('2026-06-30T12:00:00+02:00').toISOString());
    assert.equal(trackOverAt({ ...firstCome, sessions: [] }), undefined);
    assert.equal(personalDataDueAt({ ...firstCome, sessions: [] }, 180), undefined);
  });
});

for (const backend of BACKENDS) {
  describe(`retention on ${backend}`, () => {
    let db: Database;
    let winter: string[];
    let cancelled: string[];
    before(async () => {
      db = await freshDatabase(backend, withTracks(ENDS_IN_WINTER));
      winter = await applyAll(db, ENDS_IN_WINTER, ['an@example.org', 'bert@example.org']);
      cancelled = await applyAll(db, CANCELLED, ['an@example.org', 'chris@example.org', 'dirk@example.org']);
      // Cancelled after the applications came in: its record says so from now on; the applications stay.
      await loadDataset(db, withTracks(ENDS_IN_WINTER, CANCELLED));
    });
    after(() => db.close());

    test('a second before a track is due nothing happens; at the moment, its applications lose their data; each run is audited', async () => {
      const days = 180;
      const early = await runRetention(db, { now: second(CANCELLED_DUE, -1), days, actor: 'system' });
      assert.deepEqual(early, { tracks: {}, applications: 0 });
      assert.deepEqual(await erasedIds(db), []);

      const dry = await runRetention(db, { now: CANCELLED_DUE, days, actor: 'command line', dryRun: true });
      assert.deepEqual(dry, { tracks: { [CANCELLED.id]: 3 }, applications: 3 });
      assert.deepEqual(await erasedIds(db), [], 'a dry run changes nothing');

      assert.deepEqual(await runRetention(db, { now: CANCELLED_DUE, days, actor: 'system' }), { tracks: { [CANCELLED.id]: 3 }, applications: 3 });
      assert.deepEqual(await erasedIds(db), [...cancelled].sort());

      // The winter track: the moment is 16:30 in Brussels, in summer time.
      assert.deepEqual(await runRetention(db, { now: second(WINTER_DUE, -1), days, actor: 'system' }), { tracks: {}, applications: 0 });
      assert.deepEqual(await runRetention(db, { now: WINTER_DUE, days, actor: 'system' }), { tracks: { [ENDS_IN_WINTER.id]: 2 }, applications: 2 });
      assert.deepEqual(await erasedIds(db), [...cancelled, ...winter].sort());
      assert.deepEqual(await runRetention(db, { now: second(WINTER_DUE, 86_400), days, actor: 'system' }), { tracks: {}, applications: 0 });

      const rows = await db.query<{ request: unknown; manage_token_hash: string | null; erased_at: Date; status: string }>(
        'SELECT request, manage_token_hash, erased_at, status FROM applications WHERE id = ANY($1::text[])',
        [winter],
      );
      for (const row of rows) {
        assert.equal(row.request, null);
        assert.equal(row.manage_token_hash, null);
        assert.equal(new Date(row.erased_at).toISOString(), WINTER_DUE.toISOString());
        assert.equal(row.status, 'confirmed', 'the status stays');
      }
      const runs = await db.query<{ at: Date; actor: string; detail: unknown }>(
        "SELECT at, actor, detail FROM audit_log WHERE action = 'retention.run' ORDER BY id",
      );
      assert.deepEqual(
        runs.map((run) => [new Date(run.at).toISOString(), run.actor, run.detail]),
        [
          [second(CANCELLED_DUE, -1).toISOString(), 'system', { days, tracks: {}, applications: 0 }],
          [CANCELLED_DUE.toISOString(), 'system', { days, tracks: { [CANCELLED.id]: 3 }, applications: 3 }],
          [second(WINTER_DUE, -1).toISOString(), 'system', { days, tracks: {}, applications: 0 }],
          [WINTER_DUE.toISOString(), 'system', { days, tracks: { [ENDS_IN_WINTER.id]: 2 }, applications: 2 }],
          [second(WINTER_DUE, 86_400).toISOString(), 'system', { days, tracks: {}, applications: 0 }],
        ],
        'every run but the dry one, with its counts',
      );
    });
  });

  test(`on ${backend}: ino-server retention run [--dry-run], and the server's own run at start`, async () => {
    const storage = await serverStorage(backend);
    try {
      // A track cancelled long ago, with two applications that came in while it was open.
      const longAgo = { ...CANCELLED, updatedAt: '2020-01-06T10:00:00+01:00' };
      let db = await storage.open();
      await migrate(db);
      await loadDataset(db, bundledContent);
      const ids = await applyAll(db, selection, ['an@example.org', 'bert@example.org']);
      await loadDataset(db, withTracks(longAgo));
      await db.close();

      const cli = (...args: string[]) =>
        promisify(execFile)(process.execPath, [BIN, 'retention', 'run', ...args], { env: { ...process.env, ...storage.env } }).then(
          ({ stdout }) => stdout,
          (error: { stderr: string }) => assert.fail(error.stderr),
        );
      assert.match(await cli('--help'), /retention run \[--dry-run\]/);
      assert.equal(
        await cli('--dry-run'),
        `2 applications on 1 track would lose their personal data (180 days after the track):\n${selection.id}\t2\nDry run: nothing was changed.\n`,
      );
      assert.equal(await cli(), `2 applications on 1 track lost their personal data (180 days after the track):\n${selection.id}\t2\n`);
      assert.equal(await cli(), 'No personal data is due for erasure (180 days after a track is over).\n');

      // The server runs it at start too: a track over for a day longer than INO_RETENTION_DAYS=0 allows.
      db = await storage.open();
      const more = await applyAll(db, firstCome, ['chris@example.org']);
      await loadDataset(db, withTracks(longAgo, { ...firstCome, status: 'cancelled', updatedAt: new Date(Date.now() - 86_400_000).toISOString() }));
      const token = await createToken(db, { name: 'auditor', scopes: ['audit:read'] });
      await db.close();
      const server = await spawnServer({ ...storage.env, INO_RETENTION_DAYS: '0' });
      try {
        let runs: { actor: string; detail: { applications: number } }[] = [];
        for (let tries = 0; tries < 50 && runs.length === 0; tries += 1) {
          const page = await (await fetch(`${server.baseUrl}/admin/audit`, { headers: { authorization: `Bearer ${token}` } })).json();
          runs = page.items.filter((entry: { action: string; actor: string }) => entry.action === 'retention.run' && entry.actor === 'system');
          if (!runs.length) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.deepEqual(
          runs.map((run) => run.detail),
          [{ days: 0, tracks: { [firstCome.id]: 1 }, applications: 1 }],
        );
      } finally {
        await server.stop();
      }

      db = await storage.open();
      try {
        assert.deepEqual(await erasedIds(db), [...ids, ...more].sort());
        const actors = await db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE action = 'retention.run' ORDER BY id");
        assert.deepEqual(
          actors.map((a) => a.actor),
          ['command line', 'command line', 'system'],
          'the dry run left no entry',
        );
      } finally {
        await db.close();
      }
    } finally {
      await storage.remove();
    }
  });
}
