// Mails across a crash (CONTRACT.md §5): a server process killed with SIGKILL right after it accepted
// applications, while the mail server still holds the first mail it was sent (delivered, never marked
// sent), sends every one of their mails after a restart: each outbox row reaches the mail server, and
// a mail that reaches it twice is the same mail under the same Message-ID.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, BACKENDS, post, serverStorage, spawnServer } from './harness.js';
import { messageIds, startSmtpSink, waitFor } from './smtp-sink.js';

// Full, with a waitlist: every application is waitlisted, and each gets one mail.
const track = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'waitlist')!;
const APPLICATIONS = 5;

for (const backend of BACKENDS) {
  describe(`mails across a crash on ${backend}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    test('SIGKILL right after accepting applications, mid-send: after a restart every mail is sent, none as a different second mail', async () => {
      const sink = await startSmtpSink();
      cleanups.push(() => sink.close());
      let release!: () => void;
      sink.hold = new Promise((resolve) => (release = resolve));
      const store = await serverStorage(backend);
      cleanups.push(store.remove);
      const env = {
        ...store.env,
        INO_SMTP_URL: sink.url,
        INO_MAIL_FROM: 'Leertrajecten <leertrajecten@example.org>',
        INO_MANAGE_URL: 'https://www.example.org/mijn-inschrijving',
      };

      const first = await spawnServer(env);
      cleanups.push(async () => void first.child.kill('SIGKILL'));
      const ids: string[] = [];
      for (let i = 0; i < APPLICATIONS; i++) {
        const { status, body } = await post(first.baseUrl, track.id, applicationFor(track, `crash-mail-${i}@example.org`));
        assert.equal(status, 201);
        ids.push(body.id);
      }
      // The first mail has reached the mail server, which has not answered yet: the worker is mid-send.
      await waitFor(() => sink.arrived.length > 0, 'the first mail to arrive');
      first.child.kill('SIGKILL');
      await first.exited;
      sink.hold = undefined;
      release();

      const second = await spawnServer(env);
      try {
        await waitFor(() => new Set(messageIds(sink.accepted)).size >= APPLICATIONS, 'a mail for every application');
      } finally {
        await second.stop();
      }

      const db = await store.open();
      try {
        const rows = await db.query<{ id: string; application_id: string; sent_at: Date | null }>(
          'SELECT id::text AS id, application_id, sent_at FROM outbox ORDER BY id',
        );
        assert.deepEqual(rows.map((r) => r.application_id).sort(), [...ids].sort(), 'one mail per application');
        assert.ok(
          rows.every((r) => r.sent_at !== null),
          'each marked sent',
        );
        assert.deepEqual(
          [...new Set(messageIds(sink.accepted))].sort(),
          rows.map((r) => `<outbox-${r.id}@example.org>`).sort(),
          'every row reached the mail server',
        );
        // A repeat is the same mail: same Message-ID, same words.
        const byId = new Map<string, string>();
        for (const mail of sink.arrived) {
          const words = `${mail.subject}\n${mail.text}`;
          assert.equal(byId.get(mail.messageId!) ?? words, words, `${mail.messageId} sent twice differently`);
          byId.set(mail.messageId!, words);
        }
        const held = sink.arrived[0]!.messageId;
        assert.equal(
          sink.arrived.filter((m) => m.messageId === held).length,
          2,
          'the mail held at the kill was sent again after the restart, under its Message-ID',
        );
      } finally {
        await db.close();
      }
    });
  });
}
