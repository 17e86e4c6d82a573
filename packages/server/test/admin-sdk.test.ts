// The SDK's adminOf against the real server with an API token: what a host's editing screen does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { adminOf, ApiError, createConnection, themesOf } from '@ino/sdk';
import type { ThemeRecord } from '@ino/contract';
import { bundledContent } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { startTestServer, type TestServer } from './harness.js';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected a refusal'),
    (error: unknown) => {
      assert.ok(error instanceof ApiError, String(error));
      return error.kind;
    },
  );

describe('adminOf against the server', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startTestServer({ backend: 'pglite' });
    token = await createToken(server.db, { name: 'sdk-editor', scopes: ['content:write'] });
  });
  after(() => server.close());

  test('reads, replaces, creates and withdraws a theme; the public API follows; stale ETags and bad tokens are refused', async () => {
    const connection = createConnection({ baseUrl: server.baseUrl, retries: 0 });
    const admin = adminOf(connection, { getToken: () => token });
    const first = bundledContent.themes[0]!;

    const content = await admin.content();
    assert.deepEqual(
      content.themes.map((t) => t.id),
      bundledContent.themes.map((t) => t.id),
    );

    const { record, etag } = await admin.get<ThemeRecord>('themes', first.id);
    assert.equal(record.label, first.label);
    const replaced = await admin.replace('themes', first.id, { ...record, label: 'Hernoemd thema' }, etag);
    assert.notEqual(replaced.etag, etag);
    const publicThemes = await themesOf(createConnection({ baseUrl: server.baseUrl })).list();
    assert.equal(publicThemes.find((t) => t.id === first.id)?.label, 'Hernoemd thema');

    assert.equal(await refusal(admin.replace('themes', first.id, record, etag)), 'precondition-failed');

    const created = await admin.create('themes', { id: 'sdk-test-thema', label: 'Nieuw thema', translations: {} });
    assert.equal(await refusal(admin.create('themes', created.record)), 'precondition-failed');
    assert.equal((await admin.withdraw('themes', 'sdk-test-thema', created.etag)).id, 'sdk-test-thema');
    assert.equal(await refusal(admin.get('themes', 'sdk-test-thema')), 'not-found');

    assert.equal(await refusal(adminOf(connection, { token: 'ino_not-a-token' }).content()), 'unauthorized');
    const reader = await createToken(server.db, { name: 'sdk-reader', scopes: ['applications:read'] });
    assert.equal(await refusal(adminOf(connection, { token: reader }).content()), 'forbidden');
  });
});
