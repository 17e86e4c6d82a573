// OIDC access tokens on the organiser API, against an issuer of the test's own on loopback.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createToken } from '../src/auth/api-tokens.js';
import { VerifierUnavailableError } from '../src/auth/identity.js';
import { createOidcVerifier } from '../src/auth/oidc.js';
import { startTestServer, type TestServer } from './harness.js';
import { signingKey, startIssuer, type TestIssuer } from './oidc-issuer.js';

describe('the organiser API: OIDC access tokens', () => {
  let issuer: TestIssuer;
  let server: TestServer;

  before(async () => {
    issuer = await startIssuer();
    server = await startTestServer({ backend: 'pglite', env: { INO_OIDC_ISSUER: issuer.url, INO_OIDC_AUDIENCE: issuer.audience } });
  });
  after(async () => {
    await server.close();
    await issuer.close();
  });

  const content = async (bearer: string) => fetch(`${server.baseUrl}/admin/content`, { headers: { authorization: `Bearer ${bearer}` } });
  const config = (more: { scopesClaim?: string; organisationsClaim?: string } = {}) => ({
    issuer: issuer.url,
    audience: issuer.audience,
    scopesClaim: 'scope',
    ...more,
  });

  test('a valid token with the scope reads /admin/content; without it, 403', async () => {
    assert.equal((await content(await issuer.token({ scope: 'openid content:write' }))).status, 200);
    assert.equal((await content(await issuer.token({ scope: 'openid' }))).status, 403);
  });

  test('a wrong audience, an expired token and an unknown key are 401 with WWW-Authenticate: Bearer', async () => {
    const stranger = await signingKey('key-1');
    const tokens = [
      await issuer.token({ scope: 'content:write' }, { aud: 'someone-else' }),
      await issuer.token({ scope: 'content:write' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      await issuer.token({ scope: 'content:write' }, { key: stranger }),
    ];
    for (const bearer of tokens) {
      const response = await content(bearer);
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  test("key rotation: a token signed with the issuer's new key is accepted after the JWKS is fetched again", async () => {
    const verify = createOidcVerifier(config(), { jwksCooldownMs: 0 });
    assert.deepEqual(await verify(await issuer.token({ scope: 'content:write' }), new Date()), { actor: 'user-42', scopes: ['content:write'] });
    const before = issuer.jwksFetches;
    issuer.published = await signingKey('key-2');
    assert.deepEqual(await verify(await issuer.token({ scope: 'content:write' }), new Date()), { actor: 'user-42', scopes: ['content:write'] });
    assert.equal(issuer.jwksFetches, before + 1);
  });

  test('the scopes claim can be an array under another name (roles)', async () => {
    const verify = createOidcVerifier(config({ scopesClaim: 'roles' }));
    assert.deepEqual(await verify(await issuer.token({ roles: ['content:write', 'applications:read'] }), new Date()), {
      actor: 'user-42',
      scopes: ['content:write', 'applications:read'],
    });
    assert.equal(await verify('ino_not-a-jwt', new Date()), undefined);
  });

  test('INO_OIDC_ORGANISATIONS_CLAIM limits a token to the organisations it names (an array or a string); a token without it, to none', async () => {
    const limited = createOidcVerifier(config({ organisationsClaim: 'ino_organisations' }));
    const organisationsOf = async (claims: Record<string, unknown>) =>
      (await limited(await issuer.token({ scope: 'content:write', ...claims }), new Date()))?.organisations;
    assert.deepEqual(await organisationsOf({ ino_organisations: ['stad-gent', 'vdab'] }), ['stad-gent', 'vdab']);
    assert.deepEqual(await organisationsOf({ ino_organisations: 'stad-gent vdab' }), ['stad-gent', 'vdab']);
    assert.deepEqual(await organisationsOf({}), []);
    const unlimited = createOidcVerifier(config());
    assert.equal((await unlimited(await issuer.token({ scope: 'content:write', ino_organisations: ['stad-gent'] }), new Date()))?.organisations, undefined);
  });

  test('an issuer that answers 503 makes the verifier unavailable (one log line), and it verifies again once the issuer is back', async (t) => {
    const logged = t.mock.method(console, 'error', () => {});
    const verify = createOidcVerifier(config());
    const bearer = await issuer.token({ scope: 'content:write' });
    issuer.down = true;
    try {
      for (let i = 0; i < 2; i += 1) await assert.rejects(verify(bearer, new Date()), VerifierUnavailableError);
    } finally {
      issuer.down = false;
    }
    assert.deepEqual(await verify(bearer, new Date()), { actor: 'user-42', scopes: ['content:write'] });
    assert.deepEqual(
      logged.mock.calls.map((call) => String(call.arguments[0])),
      [
        `OIDC: the issuer ${issuer.url} cannot be reached (/.well-known/openid-configuration answered 503); OIDC sign-ins get 503 until it answers, API tokens still work.`,
        `OIDC: the issuer ${issuer.url} answers again.`,
      ],
    );
  });
});

describe('the organiser API: an OIDC issuer that cannot be reached', () => {
  let issuer: TestIssuer;
  let server: TestServer;

  before(async () => {
    // The issuer signs tokens, but the server is told an address where nothing listens: a closed port.
    issuer = await startIssuer();
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    server = await startTestServer({ backend: 'pglite', env: { INO_OIDC_ISSUER: `http://127.0.0.1:${port}`, INO_OIDC_AUDIENCE: issuer.audience } });
  });
  after(async () => {
    await server.close();
    await issuer.close();
  });

  const content = (bearer: string) => fetch(`${server.baseUrl}/admin/content`, { headers: { authorization: `Bearer ${bearer}` } });

  test('a JWT is answered 503 unavailable with Retry-After, the log has one clear line, and API tokens still work', async (t) => {
    const logged = t.mock.method(console, 'error', () => {});
    const bearer = await issuer.token({ scope: 'content:write' });
    for (let i = 0; i < 2; i += 1) {
      const response = await content(bearer);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '30');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const problem = await response.json();
      assert.match(problem.type, /\/problems\/unavailable$/);
      assert.match(problem.detail, /sign-in service .* cannot be reached/);
    }
    assert.equal(logged.mock.callCount(), 1);
    assert.match(
      String(logged.mock.calls[0]!.arguments[0]),
      /^OIDC: the issuer http:\/\/127\.0\.0\.1:\d+ cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\);/,
    );

    const apiToken = await createToken(server.db, { name: 'operator', scopes: ['content:write'] });
    assert.equal((await content(apiToken)).status, 200);
  });
});
