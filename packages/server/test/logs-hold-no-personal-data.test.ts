// The server's own output never holds an applicant's personal data (issue 14): everything the process
// writes to stdout and stderr while applications, a decision with a note, reading them (list, CSV),
// a validation error, a duplicate, a failing write, a subject access request, an erasure and mails
// that cannot be sent go through, is read whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledContent } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { startMailDelivery } from '../src/mail/delivery.js';
import { smtpTransport } from '../src/mail/transport.js';
import { applicationFor, BACKENDS, post, startTestServer } from './harness.js';

const track = bundledContent.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
/** The track takes applications then. */
const NOW = new Date('2026-12-01T12:00:00+01:00');

const PEOPLE = [
  { givenName: 'Jozefien', familyName: 'Vanderstraeten', email: 'jozefien.vanderstraeten@example.org', organisation: 'OCMW Ronse' },
  { givenName: 'Wannes', familyName: 'Goethals', email: 'wannes.goethals@example.org', organisation: 'Provincie Limburg' },
  // Her application fails in the database (a rule the server does not expect): the server logs that error.
  { givenName: 'Griet', familyName: 'Haesaert', email: 'griet.haesaert@example.org', organisation: 'Stad Eeklo' },
];
const ANSWER = 'Wij bouwden een wijkraad met dertig bewoners uit de Kruisstraat.';
const NOTE = 'Jozefien belde: zij start pas in maart.';
const PERSONAL = [...PEOPLE.flatMap((p) => [p.givenName, p.familyName, p.email, p.organisation]), ANSWER, NOTE, 'Onbekend Adres'];

for (const backend of BACKENDS) {
  describe(`the server's output on ${backend}`, () => {
    test('holds no given name, family name, e-mail address, organisation, answer or note', async (t) => {
      const server = await startTestServer({ backend, clock: () => NOW });
      const written: string[] = [];
      try {
        const dpo = await createToken(server.db, { name: 'dpo', scopes: ['personal-data:erase', 'applications:read', 'applications:decide', 'audit:read'] });
        await server.db.exec(`ALTER TABLE applications ADD CONSTRAINT refuses_one_address CHECK (email_key <> '${PEOPLE[2]!.email}')`);
        for (const stream of [process.stdout, process.stderr]) {
          const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
          t.mock.method(stream, 'write', (chunk: unknown, ...rest: unknown[]) => {
            written.push(String(chunk));
            return write(chunk, ...rest);
          });
        }
        const body = (person: (typeof PEOPLE)[number]) => ({
          ...applicationFor(track, person.email),
          ...person,
          answers: Object.fromEntries(track.questions.map((q) => [q.id, ANSWER])),
        });
        const first = await post(server.baseUrl, track.id, body(PEOPLE[0]!));
        assert.equal(first.status, 201);
        assert.equal((await post(server.baseUrl, track.id, body(PEOPLE[1]!))).status, 201);
        assert.equal((await post(server.baseUrl, track.id, body(PEOPLE[0]!))).status, 409, 'the same address again');
        const invalid = await post(server.baseUrl, track.id, { ...body(PEOPLE[1]!), email: 'Onbekend Adres' });
        assert.equal(invalid.status, 422);
        assert.equal((await post(server.baseUrl, track.id, body(PEOPLE[2]!))).status, 500);

        const admin = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
          fetch(`${server.baseUrl}/admin${path}`, {
            ...init,
            headers: { authorization: `Bearer ${dpo}`, 'content-type': 'application/json', ...init.headers },
          });
        const etag = (await admin(`/applications/${first.body.id}`)).headers.get('etag')!;
        const decided = await admin(`/applications/${first.body.id}/decision`, {
          method: 'POST',
          headers: { 'if-match': etag },
          body: JSON.stringify({ decision: 'decline', note: NOTE }),
        });
        assert.equal(decided.status, 200);
        assert.equal((await admin(`/learning-tracks/${track.id}/applications`)).status, 200);
        assert.equal((await admin(`/learning-tracks/${track.id}/applications`, { headers: { accept: 'text/csv' } })).status, 200);
        assert.equal((await admin(`/personal-data?email=${encodeURIComponent(PEOPLE[0]!.email)}`)).status, 200);
        assert.equal((await admin('/personal-data/erase', { method: 'POST', body: JSON.stringify({ email: PEOPLE[0]!.email }) })).status, 200);
        assert.equal((await admin('/personal-data/erase', { method: 'POST', body: JSON.stringify({ email: 'Onbekend Adres' }) })).status, 422);
        assert.equal((await admin('/audit')).status, 200);
        // The mails to the other applicants, to a mail server that refuses the connection: each failure is logged.
        const delivery = startMailDelivery({
          db: server.db,
          transport: smtpTransport('smtp://127.0.0.1:1'),
          from: 'INO <no-reply@example.org>',
          manageUrl: 'https://example.org/mijn-inschrijving',
          pollMs: 50,
        });
        for (let tries = 0; tries < 50 && !written.some((chunk) => chunk.includes('not sent')); tries += 1)
          await new Promise((resolve) => setTimeout(resolve, 100));
        await delivery.stop();
      } finally {
        t.mock.restoreAll();
        await server.close();
      }
      const output = written.join('');
      assert.match(output, /Database error 23514/, 'the failing write was logged: the output was read');
      assert.match(output, /Mail \S+ \(\w+\) not sent/, 'and a mail that could not be sent');
      for (const value of PERSONAL) assert.ok(!output.toLowerCase().includes(value.toLowerCase()), `${value} in the output:\n${output}`);
    });
  });
}
