// OIDC access tokens (e.g. from the Flemish government's ACM/IDM): the issuer's discovery document names
// its JWKS; a token is accepted when signed by one of those keys for our audience and not expired.
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { OidcConfig } from '../config.js';
import type { Identity, Verifier } from './identity.js';

/** A JWT is three base64url parts; API tokens are not, so they never reach the issuer. */
const jwtShape = /^[\w-]+\.[\w-]+\.[\w-]*$/;
/** Seconds of clock difference between the issuer and us that we forgive on `exp`/`nbf`. */
const clockToleranceSeconds = 30;

/** `jwksCooldownMs`: how soon an unknown `kid` may fetch the JWKS again (jose's 30 s by default; tests shorten it). */
export function createOidcVerifier({ issuer, audience, scopesClaim }: OidcConfig, { jwksCooldownMs = 30_000 } = {}): Verifier {
  // Discovery is fetched on first use (and again after a failure), not at start: the server starts even when the issuer is down.
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () => {
    keys ??= discoverJwksUri(issuer).then((uri) => createRemoteJWKSet(new URL(uri), { cooldownDuration: jwksCooldownMs }));
    keys.catch(() => (keys = undefined));
    return keys;
  };
  return async (token, now): Promise<Identity | undefined> => {
    if (!jwtShape.test(token)) return undefined;
    try {
      const { payload } = await jwtVerify(token, await keySet(), {
        issuer,
        audience,
        algorithms: ['RS256', 'ES256'],
        clockTolerance: clockToleranceSeconds,
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || !payload.sub) return undefined;
      return { actor: payload.sub, scopes: scopesOf(payload[scopesClaim]) };
    } catch (error) {
      // Any failure, a bad token or an unreachable issuer, is "not signed in" (401); the token itself is never logged.
      if (!(error instanceof errors.JOSEError)) console.warn(`OIDC: could not verify a token: ${(error as Error).message}`);
      return undefined;
    }
  };
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const { jwks_uri: uri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof uri !== 'string') throw new Error('discovery has no jwks_uri');
  return uri;
}

/** A space-separated string (`scope`) or an array of strings (e.g. `roles`). */
function scopesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(' ').filter(Boolean);
  if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === 'string');
  return [];
}
