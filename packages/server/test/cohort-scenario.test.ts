// Issue 14's "done when": the Lerend Netwerk Participatie run through the HTTP API alone, on every
// backend, with the mails (issue 15) read from a real SMTP server on loopback. 60 civil servants apply
// for 30 seats with selection; the organiser selects 30, waitlists 10 and declines 20; 3 selected cancel
// with the link from their mail; the first 3 in line are offered their seats; one lets the offer run
// out and the seat passes on; the CSV then holds all 60 with the right statuses; one person is erased
// everywhere; the audit log shows each step. Every change of status sent that person exactly one mail,
// and no mail holds an answer.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { DEFAULT_OFFER_WINDOW_SECONDS } from '@ino/contract';
import { createToken } from '../src/auth/api-tokens.js';
import { startMailDelivery } from '../src/mail/delivery.js';
import { smtpTransport } from '../src/mail/transport.js';
import { applicationFor, BACKENDS, post, startTestServer } from './harness.js';
import { startSmtpSink, waitFor } from './smtp-sink.js';

const TRACK = 'lerend-netwerk-participatie-2027';
const HOUR = 3_600_000;
const MANAGE_URL = 'https://www.example.org/mijn-inschrijving';
const ANSWER = 'Mijn ervaring met burgerbudgetten';

for (const backend of BACKENDS) {
  test(`on ${backend}: the Lerend Netwerk Participatie from 60 applications to 30 seats, through the HTTP API`, async () => {
    let now = new Date();
    const server = await startTestServer({ backend, clock: () => now });
    const sink = await startSmtpSink();
    const delivery = startMailDelivery({
      db: server.db,
      transport: smtpTransport(sink.url),
      from: 'Kenniscentrum Participatie <participatie@example.org>',
      manageUrl: MANAGE_URL,
      clock: () => now,
      pollMs: 20,
      log: () => {},
    });
    /** Waits until the outbox is empty, then the mails to `email`. */
    const mailsTo = async (email: string): Promise<ParsedMail[]> => {
      await waitFor(async () => (await server.db.query('SELECT 1 FROM outbox WHERE sent_at IS NULL LIMIT 1')).length === 0, 'every mail sent');
      return sink.accepted.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(email)));
    };
    /** The manage token from the link in the person's first mail. */
    const tokenOf = async (email: string) => {
      const link = new RegExp(`${MANAGE_URL}#token=([\\w-]+)`).exec((await mailsTo(email))[0]?.text ?? '');
      assert.ok(link, `the first mail to ${email} has the manage link`);
      return link[1]!;
    };
    try {
      const token = await createToken(server.db, {
        name: 'kenniscentrum',
        scopes: ['content:write', 'applications:read', 'applications:decide', 'personal-data:erase', 'audit:read'],
      });
      const admin = async (path: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${token}`);
        if (init.body) headers.set('content-type', 'application/json');
        return fetch(`${server.baseUrl}/admin${path}`, { ...init, headers });
      };
      const json = async (path: string, init?: RequestInit) => {
        const response = await admin(path, init);
        assert.ok(response.ok, `${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.clone().text()}`);
        return response.json();
      };

      // The track as the network publishes it: 30 seats, none taken yet.
      const recordResponse = await admin(`/learning-tracks/${TRACK}`);
      const record = await recordResponse.json();
      const put = await admin(`/learning-tracks/${TRACK}`, {
        method: 'PUT',
        headers: { 'if-match': recordResponse.headers.get('etag')! },
        body: JSON.stringify({ ...record, seats: 30, seatsTaken: 0 }),
      });
      assert.equal(put.status, 200);

      // 60 applications, each received for review.
      const people = Array.from({ length: 60 }, (_, i) => `deelnemer-${String(i + 1).padStart(2, '0')}@gemeente.example`);
      const ids: string[] = [];
      for (const email of people) {
        const body = applicationFor(record, email);
        const answer = await post(server.baseUrl, TRACK, { ...body, answers: { ...body.answers, bring: ANSWER } });
        assert.equal(answer.status, 201);
        assert.equal(answer.body.status, 'received');
        ids.push(answer.body.id);
      }

      // The organiser reads them, oldest first, and decides: 30 selected, 10 reserves in order, 20 declined.
      const page = await json(`/learning-tracks/${TRACK}/applications?limit=100`);
      assert.deepEqual(
        page.items.map((a: { id: string }) => a.id),
        ids,
      );
      const decide = async (id: string, decision: string) => {
        const one = await admin(`/applications/${id}`);
        const answer = await admin(`/applications/${id}/decision`, {
          method: 'POST',
          headers: { 'if-match': one.headers.get('etag')! },
          body: JSON.stringify({ decision }),
        });
        assert.equal(answer.status, 200, `${decision} ${id}`);
        return answer.json();
      };
      for (const id of ids.slice(0, 30)) assert.equal((await decide(id, 'select')).status, 'confirmed');
      for (const [i, id] of ids.slice(30, 40).entries()) assert.equal((await decide(id, 'waitlist')).waitlistPosition, i + 1);
      for (const id of ids.slice(40)) assert.equal((await decide(id, 'decline')).status, 'declined');
      const track = async () => (await fetch(`${server.baseUrl}/learning-tracks/${TRACK}`)).json();
      assert.equal((await track()).seatsTaken, 30);

      // Three selected cancel with the link from their mail: the first three in line are offered a seat.
      const tokens = new Map<string, string>();
      for (const [i, id] of ids.entries()) tokens.set(id, await tokenOf(people[i]!));
      const me = (id: string, path = '', init: RequestInit = {}) =>
        fetch(`${server.baseUrl}/me/application${path}`, {
          ...init,
          headers: { authorization: `Bearer ${tokens.get(id)}`, 'idempotency-key': randomUUID(), ...init.headers },
        });
      for (const id of ids.slice(0, 3)) assert.equal((await (await me(id, '/cancel', { method: 'POST' })).json()).status, 'cancelled');
      const offered = await Promise.all(ids.slice(30, 33).map(async (id) => (await me(id)).json()));
      assert.deepEqual(
        offered.map((a) => a.status),
        ['offered', 'offered', 'offered'],
      );
      assert.equal(Date.parse(offered[0].offerExpiresAt), now.getTime() + DEFAULT_OFFER_WINDOW_SECONDS * 1000);
      assert.equal((await (await me(ids[33]!)).json()).waitlistPosition, 1, 'those behind moved up');
      assert.equal((await track()).seatsTaken, 30, 'an offer holds its seat');

      // Two accept; the third lets the offer run out, and the seat passes on to the next in line.
      for (const id of ids.slice(30, 32)) assert.equal((await (await me(id, '/accept', { method: 'POST' })).json()).status, 'confirmed');
      now = new Date(now.getTime() + DEFAULT_OFFER_WINDOW_SECONDS * 1000 + HOUR);
      const late = await me(ids[32]!, '/accept', { method: 'POST' });
      assert.equal(late.status, 410);
      assert.match((await late.json()).type, /\/problems\/offer-expired$/);
      assert.equal((await (await me(ids[33]!)).json()).status, 'offered');

      // The CSV holds all 60, with their statuses.
      const csv = await admin(`/learning-tracks/${TRACK}/applications`, { headers: { accept: 'text/csv' } });
      assert.equal(csv.status, 200);
      const rows = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(rows.length, 61, 'a header and 60 rows');
      const statusColumn = rows[0]!.split(',').indexOf('status');
      const count = (status: string) => rows.slice(1).filter((row) => row.split(',')[statusColumn] === status).length;
      assert.deepEqual(
        {
          confirmed: count('confirmed'),
          offered: count('offered'),
          waitlisted: count('waitlisted'),
          declined: count('declined'),
          cancelled: count('cancelled'),
        },
        { confirmed: 29, offered: 1, waitlisted: 6, declined: 20, cancelled: 4 },
      );

      // One mail per change of status, to each person: as many as their history has entries; none with an answer.
      const page2 = await json(`/learning-tracks/${TRACK}/applications?limit=100`);
      for (const [i, application] of page2.items.entries())
        assert.equal((await mailsTo(people[i]!)).length, application.history.length, `mails to ${people[i]}`);
      assert.equal(sink.accepted.length, 60 + 30 + 10 + 20 + 3 + 3 + 2 + 1 + 1);
      assert.ok(
        sink.accepted.every((mail) => !`${mail.text}${mail.html}`.includes(ANSWER)),
        'no mail holds an answer',
      );

      // One person asks to be forgotten: gone from every answer, their link no longer works.
      const erased = people[45]!;
      assert.deepEqual(await json('/personal-data/erase', { method: 'POST', body: JSON.stringify({ email: erased }) }), { applications: 1 });
      assert.deepEqual((await json(`/personal-data?email=${encodeURIComponent(erased)}`)).items, []);
      assert.equal((await me(ids[45]!)).status, 401);
      const after = await (await admin(`/learning-tracks/${TRACK}/applications`, { headers: { accept: 'text/csv' } })).text();
      assert.ok(!after.includes(erased), 'not in the CSV');
      assert.equal(
        after
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n').length,
        61,
        'the application itself stays, without the person',
      );

      // The audit log shows each step, with ids only.
      const audit: { action: string; target: string }[] = [];
      for (let cursor: string | null = ''; cursor !== null;) {
        const log = await json(`/audit?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        audit.push(...log.items);
        cursor = log.nextCursor;
      }
      const actions = audit.map((e) => e.action);
      for (const action of ['content.replace', 'personal-data.erase']) assert.ok(actions.includes(action), action);
      assert.equal(audit.filter((e) => e.action === 'application.decide').length, 60, 'each decision');
      assert.ok(!JSON.stringify(audit).includes('@gemeente.example'), 'no e-mail address in the log');
    } finally {
      await delivery.stop();
      await sink.close();
      await server.close();
    }
  });
}
