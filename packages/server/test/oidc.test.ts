// OIDC access tokens on the organiser API, against an issuer of the test's own on loopback.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createOidcVerifier } from '../src/auth/oidc.js';
import { startTestServer, type TestServer } from './harness.js';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

describe('the organiser API: OIDC access tokens', () => {
  let issuerServer: Server;
  let issuer: string;
  let published: SigningKey;
  let jwksFetches = 0;
  let server: TestServer;
  const audience = 'ino-organiser-api';

  before(async () => {
    published = await signingKey('key-1');
    issuerServer = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/openid-configuration') return response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      if (request.url === '/jwks') {
        jwksFetches += 1;
        return response.end(JSON.stringify({ keys: [published.jwk] }));
      }
      response.statusCode = 404;
      response.end('{}');
    });
    await new Promise<void>((done) => issuerServer.listen(0, '127.0.0.1', done));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    server = await startTestServer({ backend: 'pglite', env: { INO_OIDC_ISSUER: issuer, INO_OIDC_AUDIENCE: audience } });
  });
  after(async () => {
    await server.close();
    issuerServer.close();
  });

  const token = (claims: Record<string, unknown>, { key = published, aud = audience, expiresIn = '5m' as string | number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(issuer)
      .setAudience(aud)
      .setSubject('user-42')
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key.privateKey);

  const content = async (bearer: string) => fetch(`${server.baseUrl}/admin/content`, { headers: { authorization: `Bearer ${bearer}` } });

  test('a valid token with the scope reads /admin/content; without it, 403', async () => {
    assert.equal((await content(await token({ scope: 'openid content:write' }))).status, 200);
    assert.equal((await content(await token({ scope: 'openid' }))).status, 403);
  });

  test('a wrong audience, an expired token and an unknown key are 401 with WWW-Authenticate: Bearer', async () => {
    const stranger = await signingKey('key-1');
    const tokens = [
      await token({ scope: 'content:write' }, { aud: 'someone-else' }),
      await token({ scope: 'content:write' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      await token({ scope: 'content:write' }, { key: stranger }),
    ];
    for (const bearer of tokens) {
      const response = await content(bearer);
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  test("key rotation: a token signed with the issuer's new key is accepted after the JWKS is fetched again", async () => {
    const verify = createOidcVerifier({ issuer, audience, scopesClaim: 'scope' }, { jwksCooldownMs: 0 });
    assert.deepEqual(await verify(await token({ scope: 'content:write' }), new Date()), { actor: 'user-42', scopes: ['content:write'] });
    const before = jwksFetches;
    published = await signingKey('key-2');
    assert.deepEqual(await verify(await token({ scope: 'content:write' }), new Date()), { actor: 'user-42', scopes: ['content:write'] });
    assert.equal(jwksFetches, before + 1);
  });

  test('the scopes claim can be an array under another name (roles)', async () => {
    const verify = createOidcVerifier({ issuer, audience, scopesClaim: 'roles' });
    assert.deepEqual(await verify(await token({ roles: ['content:write', 'applications:read'] }), new Date()), {
      actor: 'user-42',
      scopes: ['content:write', 'applications:read'],
    });
    assert.equal(await verify('ino_not-a-jwt', new Date()), undefined);
  });
});
