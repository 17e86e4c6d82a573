// Migrations and the dataset loader, on each database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundledContent as dataset } from '@ino/contract/content';
import type { Database } from '../src/db/database.js';
import { holdsOldContent, isEmpty, loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { apply } from '../src/repositories/applications.js';
import { getPractice } from '../src/repositories/practices.js';
import { applicationFor, BACKENDS, createSchema, databaseUrlFor, dropSchema, freshDatabase, spawnServer, TEST_DATABASE_URL } from './harness.js';

const track = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats)!;

for (const backend of BACKENDS) {
  describe(`database on ${backend}`, () => {
    let db: Database;
    before(async () => {
      db = await freshDatabase(backend);
    });
    after(() => db.close());

    test('migrations are recorded and run once', async () => {
      assert.deepEqual(await migrate(db), [], 'already applied');
      const recorded = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      const files = (await readdir(new URL('../src/db/migrations/', import.meta.url))).filter((name) => name.endsWith('.sql')).sort();
      assert.ok(files.includes('0001_content.sql') && files.includes('0007_read_cache.sql'));
      assert.deepEqual(
        recorded.map((r) => r.name),
        files,
      );
    });

    test('reloading replaces content and keeps applications and the seats they took', async () => {
      const outcome = await apply(db, {
        trackId: track.id,
        idempotencyKey: 'reload-key-1',
        body: applicationFor(track, 'reload@example.org'),
        now: new Date(),
        offerWindowSeconds: 3600,
        clientAddress: '192.0.2.1',
        applicationsPerAddress: 0,
      });
      assert.equal(outcome?.kind, 'created');
      const renamed = { ...dataset, practices: dataset.practices.slice(1).map((p, i) => (i === 0 ? { ...p, title: 'Een nieuwe titel' } : p)) };
      assert.equal((await loadDataset(db, renamed)).practices, dataset.practices.length - 1);
      assert.equal(await getPractice(db, dataset.practices[0]!.id, 'nl'), undefined, 'removed');
      assert.equal((await getPractice(db, dataset.practices[1]!.id, 'nl'))?.title, 'Een nieuwe titel');
      const [row] = await db.query<{ seats_held: number; n: number }>(
        'SELECT seats_held, (SELECT count(*)::int FROM applications WHERE track_id = $1) AS n FROM learning_tracks WHERE id = $1',
        [track.id],
      );
      assert.deepEqual(row, { seats_held: 1, n: 1 });
      await loadDataset(db, dataset);
      assert.ok(await getPractice(db, dataset.practices[0]!.id, 'nl'), 'back');
    });

    test('content left from before migration 0003 is found, and loading it anew keeps applications', async () => {
      assert.equal(await holdsOldContent(db), false);
      const outcome = await apply(db, {
        trackId: track.id,
        idempotencyKey: 'before-0003-key',
        body: applicationFor(track, 'before-0003@example.org'),
        now: new Date(),
        offerWindowSeconds: 3600,
        clientAddress: '192.0.2.1',
        applicationsPerAddress: 0,
      });
      assert.equal(outcome.kind, 'created');
      // What 0003 leaves: the records, but no ladder, which marks the content as to be loaded anew.
      await db.query('DELETE FROM participation_ladder');
      assert.equal(await holdsOldContent(db), true);
      assert.ok(await loadDataset(db, dataset, { onlyIfEmpty: true }), 'a server with INO_SEED=if-empty loads it at its start');
      assert.equal(await holdsOldContent(db), false);
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications WHERE track_id = $1 AND email_key = $2', [
        track.id,
        'before-0003@example.org',
      ]);
      assert.equal(row!.n, 1);
    });

    test('a dataset that breaks the contract, or drops a track with applications, changes nothing', async () => {
      const broken = { ...dataset, practices: dataset.practices.map((p, i) => (i === 0 ? { ...p, whatDidNotWork: '' } : p)) };
      await assert.rejects(loadDataset(db, broken), /whatDidNotWork/);
      const unknownTheme = { ...dataset, challenges: dataset.challenges.map((c, i) => (i === 0 ? { ...c, themes: ['bestaat-niet'] } : c)) };
      await assert.rejects(loadDataset(db, unknownTheme), /challenges\.0\.themes\.0: No theme has the id bestaat-niet/);
      const withoutTrack = { ...dataset, learningTracks: dataset.learningTracks.filter((t) => t.id !== track.id), practices: [] };
      await assert.rejects(loadDataset(db, withoutTrack), /still in use/);
      const [counts] = await db.query<{ practices: number; tracks: number }>(
        'SELECT (SELECT count(*)::int FROM practices) AS practices, (SELECT count(*)::int FROM learning_tracks) AS tracks',
      );
      assert.deepEqual(counts, { practices: dataset.practices.length, tracks: dataset.learningTracks.length }, 'rolled back');
    });
  });
}

describe('seeding one empty PostgreSQL from two servers at once', { skip: !TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' }, () => {
  test('loads the dataset once; the other finds it loaded', async () => {
    const schema = await createSchema();
    // Two pools, as two server processes would have.
    const [first, second] = [0, 1].map(() => openPostgres({ connectionString: databaseUrlFor(schema), poolSize: 2 }));
    try {
      await Promise.all([migrate(first!), migrate(second!)]);
      const loaded = await Promise.all([first!, second!].map((db) => loadDataset(db, dataset, { onlyIfEmpty: true })));
      assert.deepEqual(loaded.map((summary) => summary?.practices).sort(), [dataset.practices.length, undefined]);
      const [links] = await first!.query<{ n: number }>('SELECT count(*)::int AS n FROM practice_themes');
      assert.equal(links!.n, dataset.practices.flatMap((p) => p.themes).length);
      assert.equal(await loadDataset(first!, dataset, { onlyIfEmpty: true }), undefined, 'a later start leaves it alone');
    } finally {
      await Promise.all([first!.close(), second!.close()]);
      await dropSchema(schema);
    }
  });
});

describe('the content load command and the data directory', () => {
  const script = fileURLToPath(new URL('../bin/ino-server.mjs', import.meta.url));
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ino-load-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('loads a JSON file of the dataset shape into the embedded database in INO_DATA_DIR, which it creates with mode 0700', async () => {
    const file = join(dir, 'dataset.json');
    await writeFile(file, JSON.stringify({ ...dataset, practices: dataset.practices.slice(0, 3) }));
    const { stdout } = await promisify(execFile)(process.execPath, [script, 'content', 'load', file], {
      env: { ...process.env, INO_DATA_DIR: join(dir, 'data') },
    });
    assert.match(stdout, /3 practices/);
    const db = await openPglite(join(dir, 'data'));
    try {
      assert.equal(await isEmpty(db), false);
      assert.equal((await db.query('SELECT id FROM practices')).length, 3);
      await assert.rejects(openPglite(join(dir, 'data')), /already uses/, 'one user per data directory');
    } finally {
      await db.close();
    }
    assert.equal((await stat(join(dir, 'data'))).mode & 0o777, 0o700, "personal data: the directory is the server user's alone");
    const server = await spawnServer({ INO_DATA_DIR: join(dir, 'data') });
    try {
      await assert.rejects(openPglite(join(dir, 'data')), /Another server \(process \d+\)/, 'nor while a server process uses it');
    } finally {
      await server.stop();
    }
  });
});
