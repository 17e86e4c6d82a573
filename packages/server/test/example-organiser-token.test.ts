// `npm start` prints a token for the organiser example (examples/organiser/): only in the embedded
// example setup, with the scopes the page needs, and each start revokes the token of the one before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { identityOfApiToken } from '../src/auth/api-tokens.js';
import { renewExampleOrganiserToken, servesExamples } from '../src/example-organiser-token.js';
import { freshDatabase, testConfig } from './harness.js';

describe('the example organiser token', () => {
  test('is made only when the server serves the examples from the embedded database', () => {
    assert.equal(servesExamples(testConfig({ INO_STATIC_ROOT: '.' })), true);
    assert.equal(servesExamples(testConfig({})), false);
    assert.equal(servesExamples(testConfig({ INO_STATIC_ROOT: '.', DATABASE_URL: 'postgres://x@127.0.0.1/x' })), false);
  });

  test('reads and decides only, and the next start revokes it', async () => {
    const db = await freshDatabase('pglite');
    try {
      const first = await renewExampleOrganiserToken(db, new Date());
      const identity = await identityOfApiToken(db, first, new Date());
      assert.deepEqual(identity?.scopes, ['applications:read', 'applications:decide']);
      assert.match(identity!.actor, /^example-organiser-\d+$/);
      const second = await renewExampleOrganiserToken(db, new Date(Date.now() + 1));
      assert.equal(await identityOfApiToken(db, first, new Date()), undefined, 'the first token is revoked');
      assert.ok(await identityOfApiToken(db, second, new Date()), 'the second one works');
      const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE target LIKE 'token/example-organiser%' ORDER BY id");
      assert.deepEqual(
        audit.map((a) => a.action),
        ['token.create', 'token.revoke', 'token.create'],
      );
    } finally {
      await db.close();
    }
  });
});
