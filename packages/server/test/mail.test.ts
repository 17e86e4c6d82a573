// The mails to applicants (CONTRACT.md §5) against a real SMTP server on loopback (smtp-sink.ts): every
// event sends exactly one mail, in the application's language, with the manage link while the
// application is active and the sessions as an iCalendar file with a confirmation; a mail server that is
// down, then refuses, then accepts gets every mail once; an erased person's mails are not sent; no mail
// carries an answer. And the embedded default: without a mail server, a file per mail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { cancelByApplicant, decide, expireOffers, setSeats, type Cohort, type Step } from '@ino/contract';
import { bundledContent as dataset } from '@ino/contract/content';
import { hashOfManageToken } from '../src/auth/manage-tokens.js';
import { ConfigError, loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { retryDelayMs, startMailDelivery, type MailDelivery } from '../src/mail/delivery.js';
import { listMailbox, mailboxDir } from '../src/mail/mailbox.js';
import { mailboxTransport, smtpTransport } from '../src/mail/transport.js';
import { lockCohort, saveCohort } from '../src/repositories/cohorts.js';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';
import { messageIds, startSmtpSink, waitFor, type SmtpSink } from './smtp-sink.js';

// All three tracks take applications then, and the full one's session is days away (an offer is held 1 h here).
const NOW = new Date('2026-11-29T10:00:00+01:00');
const FROM = 'Leertrajecten <leertrajecten@example.org>';
const MANAGE_URL = 'https://www.example.org/mijn-inschrijving';
const trackById = (id: string) => dataset.learningTracks.find((t) => t.id === id)!;
const SELECTION = trackById('lerend-netwerk-participatie-2027');
const FIRST_COME = trackById('kennisnetwerk-overheidsopdrachten-innovatief-aankopen');
const FULL = trackById('kennisnetwerk-open-data-publiceren');

/** Which track each application of these tests is on. */
const applicationTracks = new Map<string, string>();

/** Answers no mail may repeat. */
let answerCount = 0;
const SECRET = 'GEHEIM-ANTWOORD';
function applicant(track: typeof SELECTION, email: string, lang: string) {
  const body = applicationFor(track, email);
  return { ...body, lang, answers: Object.fromEntries(Object.keys(body.answers).map((id) => [id, `${SECRET}-${++answerCount}`])) };
}

async function apply(server: TestServer, track: typeof SELECTION, email: string, lang = 'nl'): Promise<{ id: string; status: string }> {
  const { status, body } = await post(server.baseUrl, track.id, applicant(track, email, lang));
  assert.equal(status, 201, JSON.stringify(body));
  applicationTracks.set(body.id, track.id);
  return body;
}

/** One step of the seat rules on a track, as the routes take it: locked (with the applications it acts on), decided, saved with its mails. */
async function step(db: Database, trackId: string, now: Date, change: (cohort: Cohort) => Cohort | Step, targets: string[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = (await lockCohort(tx, trackId, 3600, targets))!;
    const next = change(locked.cohort);
    if ('problem' in next) assert.fail(`the rules refused: ${JSON.stringify(next.problem)}`);
    await saveCohort(tx, trackId, locked, 'cohort' in next ? next.cohort : next, now);
  });
}

interface OutboxRow {
  id: string;
  application_id: string;
  event: string;
  detail: { by?: string; reason?: string };
  sent_at: Date | null;
  attempts: number;
}
const outbox = (db: Database) => db.query<OutboxRow>('SELECT id::text AS id, application_id, event, detail, sent_at, attempts FROM outbox ORDER BY id');
const allSent = async (db: Database) => (await outbox(db)).every((row) => row.sent_at !== null);
const quiet = () => {};

function deliver(db: Database, sink: Pick<SmtpSink, 'url'>): MailDelivery {
  return startMailDelivery({ db, transport: smtpTransport(sink.url), from: FROM, manageUrl: MANAGE_URL, pollMs: 50, log: quiet });
}

/** The mail's text, HTML and attachments together: what the applicant could read. */
const everything = (mail: ParsedMail) => [mail.subject, mail.text, mail.html || '', ...mail.attachments.map((a) => a.content.toString('utf8'))].join('\n');

for (const backend of BACKENDS) {
  describe(`mails to applicants on ${backend}`, () => {
    let server: TestServer;
    let sink: SmtpSink;
    before(async () => {
      server = await startTestServer({ backend, clock: () => NOW });
      sink = await startSmtpSink();
    });
    after(async () => {
      await sink.close();
      await server.close();
    });

    test('every event sends exactly one mail, in the application language, with the manage link while active, a calendar with a confirmation, never an answer', async () => {
      const { db } = server;
      const received = await apply(server, SELECTION, 'recu@example.org', 'fr');
      const confirmed = await apply(server, FIRST_COME, 'bevestigd@example.org', 'nl');
      const first = await apply(server, FULL, 'first@example.org', 'en');
      const second = await apply(server, FULL, 'tweede@example.org', 'nl');
      const trackGone = await apply(server, FIRST_COME, 'gone@example.org', 'en');
      assert.deepEqual([received.status, confirmed.status, first.status, second.status], ['received', 'confirmed', 'waitlisted', 'waitlisted']);
      // A seat more: the first in line is offered it; the offer runs out and passes to the second, who cancels.
      await db.query(`UPDATE learning_tracks SET record = jsonb_set(record, '{seats}', to_jsonb($2::int)) WHERE id = $1`, [FULL.id, FULL.seats! + 1]);
      await step(db, FULL.id, NOW, (c) => setSeats(c, c.seats, NOW));
      const later = new Date(NOW.getTime() + 2 * 3600_000);
      await step(db, FULL.id, later, (c) => expireOffers(c, later));
      await step(db, FULL.id, later, (c) => cancelByApplicant(c, second.id, later), [second.id]);
      await step(db, SELECTION.id, later, (c) => decide(c, received.id, 'decline', later, 'selectiecommissie'), [received.id]);
      await step(db, FIRST_COME.id, later, (c) => decide(c, confirmed.id, 'cancel', later, 'beheer-token'), [confirmed.id]);
      // Nothing queues a track's cancellation yet (the organiser API's content routes will): written as they will.
      await db.query(
        `INSERT INTO outbox (application_id, event, detail, created_at, next_attempt_at) VALUES ($1, 'track-cancelled', '{"by":"organiser"}', $2, $2)`,
        [trackGone.id, later],
      );

      const delivery = deliver(db, sink);
      try {
        await waitFor(() => allSent(db), 'every mail sent');
      } finally {
        await delivery.stop();
      }
      const rows = await outbox(db);
      const expected: [string, string, string, string][] = [
        // application, event, language, words of the subject
        [received.id, 'received', 'fr', 'Nous avons reçu votre candidature'],
        [confirmed.id, 'confirmed', 'nl', 'Je bent ingeschreven'],
        [first.id, 'waitlisted', 'en', 'You are on the waitlist'],
        [second.id, 'waitlisted', 'nl', 'Je staat op de wachtlijst'],
        [trackGone.id, 'confirmed', 'en', 'You are registered'],
        [first.id, 'offered', 'en', 'A seat is free for you'],
        [first.id, 'cancelled', 'en', 'The seat has expired'],
        [second.id, 'offered', 'nl', 'Er is een plaats vrij voor jou'],
        [second.id, 'cancelled', 'nl', 'Je inschrijving is geannuleerd'],
        [received.id, 'declined', 'fr', 'Votre candidature à'],
        [confirmed.id, 'cancelled', 'nl', 'Je inschrijving is geannuleerd'],
        [trackGone.id, 'track-cancelled', 'en', 'will not take place'],
      ];
      assert.deepEqual(rows.map((r) => [r.application_id, r.event]).sort(), expected.map(([id, event]) => [id, event]).sort(), 'one outbox row per event');
      assert.equal(sink.accepted.length, rows.length, 'one mail per event');
      assert.deepEqual(messageIds(sink.accepted).sort(), rows.map((r) => `<outbox-${r.id}@example.org>`).sort(), 'each Message-ID once, made from the row');

      const tokens = await db.query<{ id: string; manage_token_hash: string }>('SELECT id, manage_token_hash FROM applications');
      const hashOf = new Map(tokens.map((t) => [t.id, t.manage_token_hash]));
      for (const row of rows) {
        const mail = sink.accepted.find((m) => m.messageId === `<outbox-${row.id}@example.org>`)!;
        const [, , lang, subject] = expected.find(([id, event]) => id === row.application_id && event === row.event)!;
        const what = `${row.event} to ${row.application_id}`;
        assert.ok(mail.subject?.includes(subject), `${what}: ${mail.subject}`);
        assert.equal(mail.headers.get('content-language'), lang, what);
        assert.ok(String(mail.html).includes(`<html lang="${lang}">`), `${what}: the HTML says its language`);
        assert.deepEqual(mail.from?.value, [{ name: 'Leertrajecten', address: 'leertrajecten@example.org' }]);
        assert.equal(mail.replyTo?.text, trackById(applicationTracks.get(row.application_id)!).contact?.email, `${what}: replies go to the contact`);
        assert.ok(!everything(mail).includes(SECRET), `${what}: no answer in the mail`);
        assert.doesNotMatch(String(mail.html), /<img|<script|style=/i, `${what}: nothing but text and a link`);
        const link = new RegExp(`${MANAGE_URL}#token=([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
        const active = ['received', 'confirmed', 'waitlisted', 'offered'].includes(row.event);
        assert.equal(Boolean(link), active, `${what}: the manage link ${active ? 'is' : 'is not'} there`);
        if (link) assert.equal(hashOfManageToken(link[1]!), hashOf.get(row.application_id), `${what}: the link carries the application's own token`);
        if (link) assert.ok(String(mail.html).includes(`href="${link[0]}"`), `${what}: the HTML links it too`);
        const calendars = mail.attachments.filter((a) => a.contentType === 'text/calendar');
        assert.equal(calendars.length, row.event === 'confirmed' ? 1 : 0, `${what}: a calendar only with a confirmation`);
      }

      // The confirmation's calendar: a VEVENT per session, at the sessions' times in Brussels.
      const mail = sink.accepted.find((m) => m.subject?.includes('Je bent ingeschreven'))!;
      const ics = mail.attachments.find((a) => a.contentType === 'text/calendar')!.content.toString('utf8');
      const starts = [...ics.matchAll(/^DTSTART;TZID=Europe\/Brussels:(\d{8}T\d{6})\r?$/gm)].map((m) => m[1]);
      const brussels = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).replace(/[-: ]/g, (c) => (c === ' ' ? 'T' : ''));
      assert.deepEqual(
        starts,
        FIRST_COME.sessions.map((s) => brussels(s.startsAt)),
      );
      assert.equal(ics.match(/^BEGIN:VEVENT\r?$/gm)?.length, FIRST_COME.sessions.length);
      assert.match(ics, /^BEGIN:VTIMEZONE\r?\nTZID:Europe\/Brussels\r?$/m);
      // The offer states its deadline in Brussels time.
      const offer = sink.accepted.find((m) => m.subject?.startsWith('Er is een plaats vrij'))!;
      assert.match(offer.text ?? '', /uiterlijk \S+ \d+ \S+ \d{4} om \d\d:\d\d\./);
    });

    test('a mail server that is down, then refuses with 451, then accepts, gets every mail once', async () => {
      const db = server.db;
      const before = sink.accepted.length;
      const flaky = await startSmtpSink();
      const port = flaky.port;
      await flaky.close(); // down: nothing listens on the port
      const emails = ['flaky-1@example.org', 'flaky-2@example.org', 'flaky-3@example.org'];
      for (const email of emails) await apply(server, FIRST_COME, email);
      const pending = (await outbox(db)).filter((r) => r.sent_at === null);
      assert.equal(pending.length, emails.length);
      const delivery = startMailDelivery({
        db,
        transport: smtpTransport(`smtp://ino:geheim-wachtwoord@127.0.0.1:${port}`),
        from: FROM,
        manageUrl: MANAGE_URL,
        pollMs: 50,
        log: quiet,
      });
      let refusing: SmtpSink | undefined;
      try {
        const attempted = (n: number) => async () => (await outbox(db)).filter((r) => pending.some((p) => p.id === r.id)).every((r) => r.attempts >= n);
        await waitFor(attempted(1), 'a first attempt at each while the server is down');
        refusing = await startSmtpSink(port);
        refusing.answer = () => 451;
        await waitFor(() => refusing!.arrived.length >= emails.length, 'each refused once with 451');
        refusing.answer = () => 'accept';
        await waitFor(() => allSent(db), 'every mail sent in the end');
        assert.deepEqual(messageIds(refusing.accepted).sort(), pending.map((r) => `<outbox-${r.id}@example.org>`).sort(), 'each accepted once');
        const rows = (await outbox(db)).filter((r) => pending.some((p) => p.id === r.id));
        assert.ok(
          rows.every((r) => r.attempts >= 3),
          'down, refused, then sent',
        );
      } finally {
        await delivery.stop();
        await refusing?.close();
      }
      assert.equal(sink.accepted.length, before, 'nothing went to the other server');
    });

    test('two workers at once (two server processes) send each mail once', async () => {
      const { db } = server;
      const before = sink.accepted.length;
      for (let i = 0; i < 6; i++) await apply(server, FIRST_COME, `samen-${i}@example.org`);
      const pending = (await outbox(db)).filter((r) => r.sent_at === null);
      const workers = [deliver(db, sink), deliver(db, sink)];
      try {
        await waitFor(() => allSent(db), 'every mail sent');
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      assert.deepEqual(messageIds(sink.accepted.slice(before)).sort(), pending.map((r) => `<outbox-${r.id}@example.org>`).sort());
    });

    test("an erased person's unsent mails are not sent, and their rows go", async () => {
      const { db } = server;
      const kept = await apply(server, FIRST_COME, 'blijft@example.org');
      const erased = await apply(server, FIRST_COME, 'gewist@example.org');
      // As erasure leaves an application (CONTRACT.md §4.3, repositories/erasure.ts); its outbox rows are left behind on purpose.
      await db.query('UPDATE applications SET request = NULL, email_key = NULL, body_hash = NULL, manage_token_hash = NULL, erased_at = $2 WHERE id = $1', [
        erased.id,
        NOW,
      ]);
      const erasedRows = (await outbox(db)).filter((r) => r.application_id === erased.id);
      assert.equal(erasedRows.length, 1);
      const before = sink.accepted.length;
      const delivery = deliver(db, sink);
      try {
        await waitFor(() => allSent(db), 'the pending mails handled');
      } finally {
        await delivery.stop();
      }
      const sent = sink.accepted.slice(before);
      assert.deepEqual(
        sent.map((m) => m.to && 'text' in m.to && m.to.text),
        ['blijft@example.org'],
      );
      assert.ok(!sent.some((m) => m.messageId === `<outbox-${erasedRows[0]!.id}@example.org>`));
      assert.deepEqual(
        (await outbox(db)).filter((r) => r.application_id === erased.id),
        [],
        "the erased person's row is gone",
      );
      assert.ok((await outbox(db)).some((r) => r.application_id === kept.id && r.sent_at));
    });
  });
}

describe('the embedded mailbox (no INO_SMTP_URL)', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('each mail is an .eml file of its own in <INO_DATA_DIR>/mailbox/, and the example server lists them as text', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ino-mailbox-'));
    dirs.push(dataDir);
    const root = join(import.meta.dirname, '../../..');
    const server = await startTestServer({ backend: 'pglite', clock: () => NOW, env: { INO_DATA_DIR: dataDir, INO_STATIC_ROOT: root } });
    const origin = new URL(server.baseUrl).origin;
    try {
      await apply(server, FIRST_COME, 'een@example.org');
      await apply(server, SELECTION, 'twee@example.org', 'en');
      const dir = mailboxDir(dataDir);
      const delivery = startMailDelivery({ db: server.db, transport: mailboxTransport(dir), from: FROM, manageUrl: MANAGE_URL, pollMs: 50, log: quiet });
      try {
        await waitFor(() => allSent(server.db), 'both mails written');
      } finally {
        await delivery.stop();
      }
      const rows = await outbox(server.db);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
      assert.deepEqual(files, rows.map((r) => `outbox-${r.id}.eml`).sort(), 'a file per mail');
      const parsed = await simpleParser(await readFile(join(dir, `outbox-${rows[0]!.id}.eml`)));
      assert.equal(parsed.messageId, `<outbox-${rows[0]!.id}@example.org>`);
      assert.ok(
        parsed.attachments.some((a) => a.contentType === 'text/calendar'),
        'the confirmation with its calendar',
      );

      const list = (await (await fetch(`${origin}/mailbox/messages`)).json()) as { id: string; subject: string }[];
      assert.deepEqual(
        list.map((m) => m.id),
        [...rows].reverse().map((r) => `outbox-${r.id}`),
        'newest first',
      );
      assert.deepEqual(list, await listMailbox(dir));
      const one = (await (await fetch(`${origin}/mailbox/messages/${list[0]!.id}`)).json()) as { subject: string; text: string };
      assert.match(one.subject, /We have received your application/);
      assert.match(one.text, /#token=/);
      const raw = await fetch(`${origin}/mailbox/messages/${list[0]!.id}.eml`);
      assert.equal(raw.headers.get('content-type'), 'message/rfc822');
      assert.equal((await fetch(`${origin}/mailbox/messages/..%2Fpglite`)).status, 404, 'only mails');
    } finally {
      await server.close();
    }
    // A server with a mail server shows no mailbox: its mails are real people's.
    const withSmtp = await startTestServer({
      backend: 'pglite',
      env: {
        INO_DATA_DIR: dataDir,
        INO_STATIC_ROOT: join(import.meta.dirname, '../../..'),
        INO_SMTP_URL: 'smtp://127.0.0.1:1',
        INO_MAIL_FROM: FROM,
        INO_MANAGE_URL: MANAGE_URL,
      },
    });
    try {
      assert.equal((await fetch(`${new URL(withSmtp.baseUrl).origin}/mailbox/messages`)).status, 404);
    } finally {
      await withSmtp.close();
    }
  });
});

describe('mail settings', () => {
  test('a mail server needs a sender and a manage page; the URLs must be what they say', () => {
    assert.throws(() => loadConfig({ INO_SMTP_URL: 'smtp://mail.example.org' }), ConfigError);
    assert.throws(() => loadConfig({ INO_SMTP_URL: 'smtp://mail.example.org', INO_MAIL_FROM: FROM }), /INO_MANAGE_URL/);
    assert.throws(() => loadConfig({ INO_SMTP_URL: 'http://mail.example.org', INO_MAIL_FROM: FROM, INO_MANAGE_URL: MANAGE_URL }), /INO_SMTP_URL/);
    assert.throws(() => loadConfig({ INO_MANAGE_URL: 'http://www.example.org/mijn' }), /https/);
    assert.throws(() => loadConfig({ INO_MANAGE_URL: `${MANAGE_URL}#token=` }), /fragment/);
    assert.throws(() => loadConfig({ INO_MAIL_FROM: 'not an address' }), /INO_MAIL_FROM/);
    const mail = loadConfig({ INO_SMTP_URL: 'smtps://u:p@mail.example.org', INO_MAIL_FROM: FROM, INO_MANAGE_URL: MANAGE_URL }).mail;
    assert.deepEqual(mail, { smtpUrl: 'smtps://u:p@mail.example.org', from: FROM, manageUrl: MANAGE_URL });
    assert.equal(loadConfig({}).mail.smtpUrl, undefined);
  });

  test('retries wait 1 s, doubling, at most 60 s', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMs), [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });
});
