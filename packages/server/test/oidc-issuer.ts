// An OpenID Connect issuer of the tests' own on loopback: a discovery document, a JWKS with the key it
// publishes (replace `published` to rotate it), and access tokens signed as a real issuer signs them.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export interface TokenOptions {
  /** Signs with this key instead of the published one (an unknown key, when the issuer does not publish it). */
  key?: SigningKey;
  aud?: string;
  /** A jose time span ('5m') or a moment in epoch seconds. */
  expiresIn?: string | number;
  subject?: string;
}

export interface TestIssuer {
  /** The issuer's URL, as its tokens carry it in `iss` (INO_OIDC_ISSUER). */
  url: string;
  /** The audience its tokens are for unless told otherwise (INO_OIDC_AUDIENCE). */
  audience: string;
  /** The key its JWKS publishes and tokens are signed with. */
  published: SigningKey;
  /** How many times its JWKS was fetched. */
  jwksFetches: number;
  /** While true, it answers everything with 503, as an issuer in maintenance does. */
  down: boolean;
  /** An access token with `claims`, for subject `user-42` unless told otherwise, valid 5 minutes. */
  token(claims: Record<string, unknown>, options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

export async function startIssuer(audience = 'ino-organiser-api'): Promise<TestIssuer> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (issuer.down) {
      response.statusCode = 503;
      return response.end('{}');
    }
    if (request.url === '/.well-known/openid-configuration') return response.end(JSON.stringify({ issuer: issuer.url, jwks_uri: `${issuer.url}/jwks` }));
    if (request.url === '/jwks') {
      issuer.jwksFetches += 1;
      return response.end(JSON.stringify({ keys: [issuer.published.jwk] }));
    }
    response.statusCode = 404;
    response.end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer: TestIssuer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    audience,
    published: await signingKey('key-1'),
    jwksFetches: 0,
    down: false,
    token: (claims, { key = issuer.published, aud = audience, expiresIn = '5m', subject = 'user-42' } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: key.kid })
        .setIssuer(issuer.url)
        .setAudience(aud)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key.privateKey),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return issuer;
}
