// An unexpected database error is logged without the personal data it carries: not the query's
// parameters, not the failing row, not a value quoted in its message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledContent as dataset } from '@ino/contract/content';
import { loggableError } from '../src/db/loggable-error.js';
import { applicationFor, BACKENDS, freshDatabase, post, startTestServer, type TestServer } from './harness.js';

const track = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open')!;
const EMAIL = 'geheim.adres@example.org';
const PERSONAL = [EMAIL, 'Geheimvoornaam', 'Geheimachternaam', 'Geheime Organisatie'];

describe('what the log says about a database error', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite' });
    // A rule the server does not expect: its INSERT fails, and PostgreSQL's detail shows the failing row.
    await server.db.exec(`ALTER TABLE applications ADD CONSTRAINT refuses_one_address CHECK (email_key <> '${EMAIL}')`);
  });
  after(() => server.close());

  test('a failing INSERT of an application: 500, and the log has the code, message and SQL, none of the data', async (t) => {
    const logged = t.mock.method(console, 'error', () => {});
    const application = { ...applicationFor(track, EMAIL), givenName: 'Geheimvoornaam', familyName: 'Geheimachternaam', organisation: 'Geheime Organisatie' };
    const answer = await post(server.baseUrl, track.id, application);
    assert.equal(answer.status, 500);
    assert.equal(logged.mock.callCount(), 1);
    const text = logged.mock.calls[0]!.arguments.map(String).join(' ');
    assert.match(
      text,
      /^Database error 23514: new row for relation "applications" violates check constraint "refuses_one_address" \(in INSERT INTO applications …\)/,
    );
    assert.match(text, /\n\s+at /, 'where it happened');
    for (const value of PERSONAL) assert.ok(!text.includes(value), `${value} in the log: ${text}`);
    assert.doesNotMatch(text, /Failing row|Een antwoord/);
  });
});

for (const backend of BACKENDS) {
  test(`on ${backend}: a value quoted at the end of a message is withheld; other errors are logged as they are`, async () => {
    const db = await freshDatabase(backend);
    try {
      const error = await db.query('SELECT $1::int AS n', [EMAIL]).then(
        () => assert.fail('the cast must fail'),
        (error: unknown) => error,
      );
      assert.ok(String((error as Error).message).includes(EMAIL), 'the driver puts the value in the message');
      assert.equal(
        String(loggableError(error)).split('\n')[0],
        'Database error 22P02: invalid input syntax for type integer: (value withheld) (in SELECT $1::int AS …)',
      );
    } finally {
      await db.close();
    }
    const programmingError = new TypeError('x is not a function');
    assert.equal(loggableError(programmingError), programmingError);
  });
}
