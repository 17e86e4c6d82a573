// Crash safety: the server is killed (SIGKILL, no chance to clean up) in the middle of a burst of
// applications and started again on the same data. Every application that got a 201 must be there,
// once; every attempt that got no answer can be retried with its key and gets 200 or 201, never a
// second application; the track's waitlist positions stay 1…N without gaps or doubles.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, BACKENDS, post, serverStorage, spawnServer } from './harness.js';

// Full, with a waitlist: every application is waitlisted at the next position.
const track = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'waitlist')!;
const KILL_AFTER = 60;
const WORKERS = 8;

interface Attempt {
  key: string;
  body: ReturnType<typeof applicationFor>;
  status?: number;
  answer?: { id: string; waitlistPosition: number };
}

for (const backend of BACKENDS) {
  describe(`crash safety on ${backend}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    test(`SIGKILL after ${KILL_AFTER} answers of a burst: after a restart every 201 is stored once, and every attempt can be retried safely`, async (t) => {
      const store = await serverStorage(backend);
      cleanups.push(store.remove);
      const first = await spawnServer(store.env);
      cleanups.push(async () => void first.child.kill('SIGKILL'));

      const attempts: Attempt[] = [];
      let created = 0;
      let killed = false;
      const worker = async () => {
        while (!killed) {
          const attempt: Attempt = { key: randomUUID(), body: applicationFor(track, `crash-${attempts.length}@example.org`) };
          attempts.push(attempt);
          try {
            const { status, body } = await post(first.baseUrl, track.id, attempt.body, attempt.key);
            Object.assign(attempt, { status, answer: body });
            if (status === 201 && ++created === KILL_AFTER) {
              first.child.kill('SIGKILL');
              killed = true;
            }
          } catch {
            return; // no answer: the server is gone
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      await first.exited;
      const acknowledged = attempts.filter((a) => a.status === 201);
      // Answers already on their way when the kill came may still arrive: at least KILL_AFTER.
      assert.ok(acknowledged.length >= KILL_AFTER);
      t.diagnostic(`${acknowledged.length} attempts acknowledged, ${attempts.length - acknowledged.length} without an answer`);
      assert.ok(
        attempts.every((a) => a.status === undefined || a.status === 201),
        'before the kill every attempt was accepted',
      );

      const second = await spawnServer(store.env);
      try {
        for (const attempt of attempts) {
          const retry = await post(second.baseUrl, track.id, attempt.body, attempt.key);
          if (attempt.status === 201) {
            assert.equal(retry.status, 200, `${attempt.body.email} was acknowledged, so it is stored`);
            assert.deepEqual(retry.body, attempt.answer);
          } else {
            assert.ok(retry.status === 200 || retry.status === 201, `${attempt.body.email}: ${retry.status}`);
          }
        }
      } finally {
        await second.stop();
      }

      const db = await store.open();
      try {
        const rows = await db.query<{ id: string; email_key: string; waitlist_position: number }>(
          'SELECT id, email_key, waitlist_position FROM applications WHERE track_id = $1 ORDER BY waitlist_position',
          [track.id],
        );
        assert.equal(rows.length, attempts.length, 'each attempt stored exactly once');
        assert.equal(new Set(rows.map((r) => r.email_key)).size, rows.length);
        const ids = new Set(rows.map((r) => r.id));
        assert.ok(
          acknowledged.every((a) => ids.has(a.answer!.id)),
          'every acknowledged id is there',
        );
        assert.deepEqual(
          rows.map((r) => r.waitlist_position),
          Array.from({ length: rows.length }, (_, i) => i + 1),
        );
        const [counter] = await db.query<{ waitlisted: number }>('SELECT waitlisted FROM learning_tracks WHERE id = $1', [track.id]);
        assert.equal(counter!.waitlisted, rows.length, "the track's count agrees with its applications");
      } finally {
        await db.close();
      }
    });
  });
}
