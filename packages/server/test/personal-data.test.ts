// Personal data (CONTRACT.md §4.3) over the real server: a subject access request, an erasure on
// request (every track, the unsent mails, the manage token, the organiser's notes; status, dates and
// steps stay), and the audit log (the server's clock, paged oldest first, ids only).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bundledContent } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { hashOfManageToken, manageTokenFor, manageTokenKey } from '../src/auth/manage-tokens.js';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const selection = bundledContent.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
const firstCome = bundledContent.learningTracks.find((t) => t.id === 'kennisnetwerk-overheidsopdrachten-innovatief-aankopen')!;
/** Both tracks take applications then. */
const T0 = new Date('2026-12-01T12:00:00+01:00');

const AN = { givenName: 'Anneleen', familyName: 'Vermeersch', email: 'Anneleen.Vermeersch@Example.org', organisation: 'Gemeente Zottegem' };
const BORIS = { givenName: 'Boris', familyName: 'Claeys', email: 'boris.claeys@example.org', organisation: 'Stad Aalst' };
const ANSWER = 'Ik breng tien jaar ervaring met burgerbudgetten mee.';
const NOTE = 'Anneleen kent het thema goed, belde op 1 december.';
const PERSONAL = [AN.givenName, AN.familyName, AN.email.toLowerCase(), AN.organisation, BORIS.givenName, BORIS.email, ANSWER, NOTE];

const apply = (server: TestServer, track: typeof selection, person: typeof AN) =>
  post(server.baseUrl, track.id, {
    ...applicationFor(track, person.email),
    ...person,
    answers: Object.fromEntries(track.questions.map((q) => [q.id, ANSWER])),
  });

for (const backend of BACKENDS) {
  describe(`personal data on ${backend}`, () => {
    let server: TestServer;
    let now = T0;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};
    before(async () => {
      server = await startTestServer({ backend, clock: () => now });
      tokens.dpo = await createToken(server.db, { name: 'dpo', scopes: ['personal-data:erase', 'applications:read', 'audit:read'] });
      const reviewer = await createToken(server.db, { name: 'reviewer', scopes: ['applications:read', 'applications:decide'] });
      tokens.reader = await createToken(server.db, { name: 'reader', scopes: ['applications:read'] });
      tokens.limited = await createToken(server.db, {
        name: 'limited',
        scopes: ['personal-data:erase', 'applications:read', 'audit:read'],
        organisations: selection.organisers,
      });
      for (const [key, track, person] of [
        ['anSelection', selection, AN],
        ['anFirstCome', firstCome, { ...AN, email: ` ${AN.email.toUpperCase()} ` }],
        ['boris', selection, BORIS],
      ] as const) {
        const answer = await apply(server, track, person);
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        ids[key] = answer.body.id;
      }
      now = new Date('2026-12-02T10:00:00+01:00');
      const asReviewer = (path: string, init: RequestInit = {}) =>
        fetch(`${server.baseUrl}/admin${path}`, {
          ...init,
          headers: { authorization: `Bearer ${reviewer}`, 'content-type': 'application/json', ...init.headers },
        });
      const etag = (await asReviewer(`/applications/${ids.anSelection}`)).headers.get('etag')!;
      const decided = await asReviewer(`/applications/${ids.anSelection}/decision`, {
        method: 'POST',
        headers: { 'if-match': etag },
        body: JSON.stringify({ decision: 'select', note: NOTE }),
      });
      assert.equal(decided.status, 200);
      // One of Anneleen's mails has gone out already; the others wait in the outbox.
      await server.db.query("UPDATE outbox SET sent_at = $2 WHERE application_id = $1 AND event = 'received'", [ids.anSelection, now]);
    });
    after(() => server.close());

    const admin = (path: string, token: string, { headers, ...init }: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {}) =>
      fetch(`${server.baseUrl}/admin${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...headers },
      });
    const erase = (body: unknown, token = tokens.dpo!) => admin('/personal-data/erase', token, { method: 'POST', body: JSON.stringify(body) });
    const type = async (response: Response) => ((await response.json()) as { type: string }).type.split('/problems/')[1];

    test('a subject access request: every application of the address, on every track, whatever its case; the read is audited', async () => {
      now = new Date('2026-12-03T09:00:00+01:00');
      const response = await admin(`/personal-data?email=${encodeURIComponent(' anneleen.vermeersch@EXAMPLE.org')}`, tokens.reader!);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const { items } = await response.json();
      assert.deepEqual(items.map((a: { id: string }) => a.id).sort(), [ids.anSelection, ids.anFirstCome].sort());
      const selected = items.find((a: { id: string }) => a.id === ids.anSelection);
      assert.equal(selected.givenName, AN.givenName);
      assert.deepEqual(selected.answers, { bring: ANSWER, expect: ANSWER });
      assert.equal(selected.status, 'confirmed');
      assert.equal(selected.history.at(-1).note, NOTE);
      assert.equal(selected.erasedAt, undefined);

      const [entry] = await server.db.query<{ at: Date; actor: string; detail: unknown }>(
        "SELECT at, actor, detail FROM audit_log WHERE action = 'personal-data.read' ORDER BY id DESC LIMIT 1",
      );
      assert.equal(new Date(entry!.at).toISOString(), now.toISOString(), "the server's clock, not the database's");
      assert.equal(entry!.actor, 'reader');
      assert.deepEqual((entry!.detail as { applications: string[] }).applications.sort(), [ids.anSelection, ids.anFirstCome].sort());

      const nobody = await admin('/personal-data?email=nobody%40example.org', tokens.reader!);
      assert.deepEqual(await nobody.json(), { items: [] });
      for (const query of ['', '?email=', '?email=not-an-address']) {
        const refused = await admin(`/personal-data${query}`, tokens.reader!);
        assert.equal(refused.status, 400, query);
        assert.equal(await type(refused), 'validation');
      }
    });

    test('personal data and the audit log take an unlimited token with the scope: 403 otherwise', async () => {
      assert.equal((await admin(`/personal-data?email=${encodeURIComponent(AN.email)}`, tokens.limited!)).status, 403);
      assert.equal((await erase({ email: AN.email }, tokens.limited!)).status, 403);
      assert.equal((await admin('/audit', tokens.limited!)).status, 403);
      assert.equal((await erase({ email: AN.email }, tokens.reader!)).status, 403);
      assert.equal((await admin('/audit', tokens.reader!)).status, 403);
    });

    test('an erasure needs a valid address: 422 (415 for a body that is not JSON); nothing is erased', async () => {
      for (const body of [{}, { email: '' }, { email: 'anneleen' }, { email: 42 }, [AN.email]]) {
        const refused = await erase(body);
        assert.equal(refused.status, 422, JSON.stringify(body));
        const problem = await refused.json();
        assert.deepEqual(
          problem.errors.map((e: { field: string }) => e.field),
          ['email'],
        );
      }
      const text = await admin('/personal-data/erase', tokens.dpo!, { method: 'POST', body: AN.email, headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
      const [{ held }] = (await server.db.query<{ held: number }>('SELECT count(*)::int AS held FROM applications WHERE erased_at IS NULL')) as [
        { held: number },
      ];
      assert.equal(held, 3);
    });

    test("an erasure removes the person's data from every track, their unsent mails, their manage tokens and the notes; status, dates and steps stay", async () => {
      now = new Date('2026-12-04T15:00:00+01:00');
      const before = await server.db.query<{ id: string; status: string; received_at: Date; history: { to: string; by: string }[] }>(
        'SELECT id, status, received_at, history FROM applications ORDER BY id',
      );
      const erased = await erase({ email: ` ${AN.email.toLowerCase()}` });
      assert.equal(erased.status, 200);
      assert.deepEqual(await erased.json(), { applications: 2 });
      assert.deepEqual(await (await erase({ email: AN.email })).json(), { applications: 0 }, 'nothing is left to erase');

      const rows = await server.db.query<{
        id: string;
        status: string;
        request: unknown;
        email_key: string | null;
        body_hash: string | null;
        manage_token_hash: string | null;
        erased_at: Date | null;
        received_at: Date;
        history: { to: string; by: string; note?: string }[];
      }>('SELECT id, status, request, email_key, body_hash, manage_token_hash, erased_at, received_at, history FROM applications ORDER BY id');
      for (const row of rows) {
        const was = before.find((b) => b.id === row.id)!;
        assert.equal(row.status, was.status, 'the status stays');
        assert.equal(new Date(row.received_at).toISOString(), new Date(was.received_at).toISOString(), 'the dates stay');
        assert.deepEqual(
          row.history.map((h) => `${h.to} ${h.by}`),
          was.history.map((h) => `${h.to} ${h.by}`),
          'the steps and who took them stay',
        );
        if (row.id === ids.boris) {
          assert.equal((row.request as { givenName: string }).givenName, BORIS.givenName, "someone else's data stays");
          assert.ok(row.email_key && row.body_hash && row.manage_token_hash);
          assert.equal(row.erased_at, null);
          continue;
        }
        assert.equal(row.request, null);
        assert.equal(row.email_key, null);
        assert.equal(row.body_hash, null);
        assert.equal(row.manage_token_hash, null);
        assert.equal(new Date(row.erased_at!).toISOString(), now.toISOString());
        assert.ok(
          row.history.every((h) => h.note === undefined),
          'the organiser’s note is gone',
        );
      }
      // Her manage tokens stop working: /me/application answers them as it answers an unknown token.
      const key = await manageTokenKey(server.db);
      const me = (id: string) => fetch(`${server.baseUrl}/me/application`, { headers: { authorization: `Bearer ${manageTokenFor(key, id)}` } });
      assert.equal((await me(ids.anSelection!)).status, 401);
      assert.equal((await me(ids.anFirstCome!)).status, 401);
      assert.equal((await me(ids.boris!)).status, 200, "Boris's still works");
      for (const id of [ids.anSelection!, ids.anFirstCome!])
        assert.equal(
          (await server.db.query('SELECT 1 FROM applications WHERE manage_token_hash = $1', [hashOfManageToken(manageTokenFor(key, id))])).length,
          0,
        );
      assert.equal(
        (await server.db.query('SELECT 1 FROM applications WHERE manage_token_hash = $1', [hashOfManageToken(manageTokenFor(key, ids.boris!))])).length,
        1,
      );

      const outbox = await server.db.query<{ application_id: string; sent: boolean }>(
        'SELECT application_id, sent_at IS NOT NULL AS sent FROM outbox ORDER BY id',
      );
      const anneleens = outbox.filter((m) => m.application_id !== ids.boris);
      assert.deepEqual(
        anneleens.map((m) => m.sent),
        [true],
        'only the mail already sent is left of hers',
      );
      assert.ok(
        outbox.some((m) => m.application_id === ids.boris && !m.sent),
        "Boris's mail still waits to be sent",
      );

      const { items } = await (await admin(`/personal-data?email=${encodeURIComponent(AN.email)}`, tokens.dpo!)).json();
      assert.deepEqual(items, [], 'nothing is held about her any more');
      // The organisers still see her applications, without her data.
      const list = await (await admin(`/learning-tracks/${selection.id}/applications`, tokens.dpo!)).json();
      const hers = list.items.find((a: { id: string }) => a.id === ids.anSelection);
      assert.equal(hers.erasedAt, now.toISOString());
      assert.equal(hers.status, 'confirmed');
      assert.equal(hers.givenName, undefined);
      const csv = await (await admin(`/learning-tracks/${selection.id}/applications`, tokens.dpo!, { headers: { accept: 'text/csv' } })).text();
      assert.ok(csv.includes(BORIS.familyName) && !csv.includes(AN.familyName) && !csv.includes(AN.email.toLowerCase()));

      const [entry] = await server.db.query<{ at: Date; actor: string; target: string; detail: { applications: string[] } }>(
        "SELECT at, actor, target, detail FROM audit_log WHERE action = 'personal-data.erase' ORDER BY id LIMIT 1",
      );
      assert.equal(entry!.actor, 'dpo');
      assert.equal(new Date(entry!.at).toISOString(), now.toISOString());
      assert.deepEqual(entry!.detail.applications, [ids.anSelection, ids.anFirstCome].sort());

      // She may apply again, as anyone may.
      assert.equal((await apply(server, firstCome, { ...AN, email: 'anneleen.vermeersch@example.org' })).status, 201);
    });

    test('the audit log: oldest first, paged with cursors bound to the query, from a time on; ids only, never the data', async () => {
      const all: { at: string; actor: string; action: string; target: string; detail?: unknown }[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const response = await admin(`/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`, tokens.dpo!);
        assert.equal(response.status, 200);
        const page: { items: typeof all; nextCursor: string | null; total: number } = await response.json();
        assert.ok(page.items.length <= 2);
        all.push(...page.items);
        cursor = page.nextCursor;
        pages += 1;
      }
      const stored = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
      assert.equal(all.length, stored[0]!.n);
      assert.equal(pages, Math.ceil(all.length / 2));
      assert.deepEqual(
        all.map((e) => e.action),
        [
          'application.read',
          'application.decide',
          'personal-data.read',
          'personal-data.read',
          'personal-data.erase',
          'personal-data.erase',
          'personal-data.read',
          'applications.list',
          'applications.export',
        ],
      );
      assert.deepEqual(
        all.map((e) => e.at),
        [...all.map((e) => e.at)].sort(),
        'oldest first',
      );
      assert.equal(all[4]!.at, new Date('2026-12-04T15:00:00+01:00').toISOString());

      const since = await (await admin(`/audit?since=${encodeURIComponent('2026-12-04T15:00:00+01:00')}`, tokens.dpo!)).json();
      assert.deepEqual(
        since.items.map((e: { action: string }) => e.action),
        ['personal-data.erase', 'personal-data.erase', 'personal-data.read', 'applications.list', 'applications.export'],
      );
      const first = await (await admin('/audit?limit=1', tokens.dpo!)).json();
      const mismatched = await admin(`/audit?limit=1&since=2026-01-01T00:00:00Z&cursor=${first.nextCursor}`, tokens.dpo!);
      assert.equal(mismatched.status, 400);
      assert.equal(await type(mismatched), 'invalid-cursor');
      for (const query of ['?since=yesterday', '?since=2026-12-04', '?limit=0', '?limit=101']) {
        const refused = await admin(`/audit${query}`, tokens.dpo!);
        assert.equal(refused.status, 400, query);
        assert.equal(await type(refused), 'validation');
      }

      const everything = JSON.stringify(await server.db.query('SELECT * FROM audit_log')).toLowerCase();
      for (const value of PERSONAL) assert.ok(!everything.includes(value.toLowerCase()), `${value} is in the audit log`);
    });
  });
}
