// The organiser API's sign-in and content publishing (CONTRACT.md §4, §4.1) over the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bundledContent } from '@ino/contract/content';
import { createToken, revokeToken } from '../src/auth/api-tokens.js';
import { applicationFor, post, startTestServer, type TestServer } from './harness.js';

describe('the organiser API: tokens, scopes and content', () => {
  let server: TestServer;
  let token: string;
  before(async () => {
    server = await startTestServer({ backend: 'pglite', env: { INO_ADMIN_ORIGINS: 'https://beheer.example.org' } });
    token = await createToken(server.db, { name: 'editor', scopes: ['content:write'] });
  });
  after(() => server.close());

  const admin = (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token: bearer = token, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (bearer) headers.set('authorization', `Bearer ${bearer}`);
    if (rest.body) headers.set('content-type', 'application/json');
    return fetch(`${server.baseUrl}/admin${path}`, { ...rest, headers });
  };

  test('no token, a bad one, an expired one and a revoked one are 401 with WWW-Authenticate: Bearer; every answer is no-store', async () => {
    const expired = await createToken(server.db, { name: 'expired', scopes: ['content:write'], expiresAt: new Date(Date.now() - 1000) });
    const revoked = await createToken(server.db, { name: 'revoked', scopes: ['content:write'] });
    assert.equal((await admin('/content', { token: revoked })).status, 200);
    await revokeToken(server.db, 'revoked');
    for (const bearer of [null, 'ino_not-a-token', expired, revoked]) {
      const response = await admin('/content', { token: bearer });
      assert.equal(response.status, 401, String(bearer));
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match((await response.json()).type, /\/problems\/unauthorized$/);
    }
  });

  test('a token without the scope is 403 forbidden', async () => {
    const reader = await createToken(server.db, { name: 'reader', scopes: ['applications:read'] });
    const response = await admin('/content', { token: reader });
    assert.equal(response.status, 403);
    assert.match((await response.json()).type, /\/problems\/forbidden$/);
  });

  test('CORS only for INO_ADMIN_ORIGINS', async () => {
    const allowed = await admin('/content', { headers: { origin: 'https://beheer.example.org' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://beheer.example.org');
    // The ETag for If-Match, and the CSV's file name for saving it (§4.2).
    assert.deepEqual(
      (allowed.headers.get('access-control-expose-headers') ?? '').split(/,\s*/).filter((name) => ['ETag', 'Content-Disposition'].includes(name)),
      ['ETag', 'Content-Disposition'],
    );
    const other = await admin('/content', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await admin('/practices/x', { method: 'OPTIONS', token: null, headers: { origin: 'https://beheer.example.org' } });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-Match/);
  });

  test('GET /admin/content is the whole store as records', async () => {
    const response = await admin('/content');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const content = await response.json();
    for (const collection of ['organisations', 'themes', 'programmes', 'practices', 'challenges', 'learningTracks'])
      assert.equal(content[collection].length, bundledContent[collection as keyof typeof bundledContent].length, collection);
  });

  test('create with If-None-Match: *, replace with If-Match, 428, 412, 422, and the public API sees each change at once', async () => {
    const source = bundledContent.challenges[0]!;
    const record = { ...source, id: 'nieuwe-uitdaging', title: 'Een nieuwe uitdaging' };
    const body = JSON.stringify(record);
    assert.equal((await admin('/challenges/nieuwe-uitdaging', { method: 'PUT', body })).status, 428);
    const created = await admin('/challenges/nieuwe-uitdaging', { method: 'PUT', body, headers: { 'if-none-match': '*' } });
    assert.equal(created.status, 201);
    const etag = created.headers.get('etag')!;
    assert.ok(etag);
    assert.equal((await admin('/challenges/nieuwe-uitdaging', { method: 'PUT', body, headers: { 'if-none-match': '*' } })).status, 412);
    assert.equal((await (await fetch(`${server.baseUrl}/challenges/nieuwe-uitdaging`)).json()).title, 'Een nieuwe uitdaging');

    const got = await admin('/challenges/nieuwe-uitdaging');
    assert.equal(got.headers.get('etag'), etag);
    const corrected = JSON.stringify({ ...record, title: 'Een verbeterde uitdaging' });
    const replaced = await admin('/challenges/nieuwe-uitdaging', { method: 'PUT', body: corrected, headers: { 'if-match': etag } });
    assert.equal(replaced.status, 200);
    assert.notEqual(replaced.headers.get('etag'), etag);
    assert.equal((await (await fetch(`${server.baseUrl}/challenges/nieuwe-uitdaging`)).json()).title, 'Een verbeterde uitdaging');
    // A second editor still holding the first ETag:
    const stale = await admin('/challenges/nieuwe-uitdaging', { method: 'PUT', body, headers: { 'if-match': etag } });
    assert.equal(stale.status, 412);
    assert.match((await stale.json()).type, /precondition-failed$/);

    const fieldsOf = async (wrong: object) => {
      const response = await admin('/challenges/nieuwe-uitdaging', {
        method: 'PUT',
        body: JSON.stringify(wrong),
        headers: { 'if-match': replaced.headers.get('etag')! },
      });
      assert.equal(response.status, 422);
      return (await response.json()).errors.map((e: { field: string }) => e.field) as string[];
    };
    assert.ok((await fieldsOf({ ...record, translations: { fr: { title: 'Un défi' } } })).some((f) => f.startsWith('translations.fr.')));
    assert.deepEqual(await fieldsOf({ ...record, owners: ['nobody-at-all'] }), ['owners.0']);

    const audit = await server.db.query<{ actor: string; action: string; target: string }>('SELECT actor, action, target FROM audit_log ORDER BY id');
    assert.deepEqual(
      audit.map((a) => `${a.actor} ${a.action} ${a.target}`),
      ['editor content.create challenges/nieuwe-uitdaging', 'editor content.replace challenges/nieuwe-uitdaging'],
    );
  });

  test('DELETE with If-Match withdraws (public 404 after); 428 without; 409 for a track with applications; 404 for an unknown collection', async () => {
    const id = bundledContent.practices[0]!.id;
    assert.equal((await admin(`/practices/${id}`, { method: 'DELETE' })).status, 428);
    const etag = (await admin(`/practices/${id}`)).headers.get('etag')!;
    assert.equal((await admin(`/practices/${id}`, { method: 'DELETE', headers: { 'if-match': etag } })).status, 200);
    assert.equal((await fetch(`${server.baseUrl}/practices/${id}`)).status, 404);
    assert.equal((await admin(`/practices/${id}`)).status, 404);

    const track = bundledContent.learningTracks.find((t) => t.status === 'open' && t.admission === 'first-come')!;
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'an@example.org'))).status, 201);
    const trackEtag = (await admin(`/learning-tracks/${track.id}`)).headers.get('etag')!;
    const conflict = await admin(`/learning-tracks/${track.id}`, { method: 'DELETE', headers: { 'if-match': trackEtag } });
    assert.equal(conflict.status, 409);
    assert.equal((await fetch(`${server.baseUrl}/learning-tracks/${track.id}`)).status, 200);
    assert.equal((await admin('/nothing/x')).status, 404);
  });

  test("withdrawing what other records name is 409 and changes nothing; a body whose id is not the URL's is 422", async () => {
    const organisation = bundledContent.challenges[1]!.owners[0]!;
    const etag = (await admin(`/organisations/${organisation}`)).headers.get('etag')!;
    const conflict = await admin(`/organisations/${organisation}`, { method: 'DELETE', headers: { 'if-match': etag } });
    assert.equal(conflict.status, 409);
    assert.match((await conflict.json()).detail, /owners/);
    assert.equal((await admin(`/organisations/${organisation}`)).status, 200);
    const record = await (await admin(`/organisations/${organisation}`)).json();
    const wrongId = await admin(`/organisations/${organisation}`, {
      method: 'PUT',
      body: JSON.stringify({ ...record, id: 'elsewhere' }),
      headers: { 'if-match': etag },
    });
    assert.equal(wrongId.status, 422);
    assert.deepEqual(
      (await wrongId.json()).errors.map((e: { field: string }) => e.field),
      ['id'],
    );
  });
});
