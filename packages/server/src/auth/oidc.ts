// OIDC access tokens (e.g. from the Flemish government's ACM/IDM): the issuer's discovery document names
// its JWKS; a token is accepted when signed by one of those keys for our audience and not expired.
import { createRemoteJWKSet, customFetch, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../config.js';
import { VerifierUnavailableError, type Identity, type Verifier } from './identity.js';

/** A JWT is three base64url parts; API tokens are not, so they never reach the issuer. */
const jwtShape = /^[\w-]+\.[\w-]+\.[\w-]*$/;
/** Seconds of clock difference between the issuer and us that we forgive on `exp`/`nbf`. */
const clockToleranceSeconds = 30;
/** How long the issuer may take to answer discovery (jose waits as long for the JWKS). */
const discoveryTimeoutMs = 5_000;

/**
 * `jwksCooldownMs`: how soon an unknown `kid` may fetch the JWKS again (jose's 30 s by default; tests shorten it).
 * An issuer that cannot be reached is not the caller's fault: the verifier then throws
 * VerifierUnavailableError (a 503), and logs one line when the issuer stops answering and one when it
 * answers again, not one per request.
 */
export function createOidcVerifier({ issuer, audience, scopesClaim, organisationsClaim }: OidcConfig, { jwksCooldownMs = 30_000 } = {}): Verifier {
  let down = false;
  const unavailable = (reason: string): VerifierUnavailableError => {
    if (!down) console.error(`OIDC: the issuer ${issuer} cannot be reached (${reason}); OIDC sign-ins get 503 until it answers, API tokens still work.`);
    down = true;
    return new VerifierUnavailableError(`The OIDC issuer cannot be reached: ${reason}`);
  };
  /** Every request to the issuer (discovery, JWKS): no answer, or not a 2xx, is the issuer being unreachable. */
  const fetchFromIssuer = async (url: string, init: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      throw unavailable(reasonOf(error));
    }
    if (!response.ok) throw unavailable(`${new URL(url).pathname} answered ${response.status}`);
    if (down) console.error(`OIDC: the issuer ${issuer} answers again.`);
    down = false;
    return response;
  };
  // Discovery is fetched on first use (and again after a failure), not at start: the server starts even when the issuer is down.
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () => {
    keys ??= discoverJwksUri(issuer, fetchFromIssuer).then(
      (uri) => createRemoteJWKSet(new URL(uri), { cooldownDuration: jwksCooldownMs, [customFetch]: fetchFromIssuer }),
      (error: Error) => {
        throw error instanceof VerifierUnavailableError ? error : unavailable(`discovery: ${error.message}`);
      },
    );
    keys.catch(() => (keys = undefined));
    return keys;
  };
  const keyFor: JWTVerifyGetKey = async (header, token) => (await keySet())(header, token);

  return async (token, now): Promise<Identity | undefined> => {
    if (!jwtShape.test(token)) return undefined;
    try {
      const { payload } = await jwtVerify(token, keyFor, {
        issuer,
        audience,
        algorithms: ['RS256', 'ES256'],
        clockTolerance: clockToleranceSeconds,
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || !payload.sub) return undefined;
      const identity: Identity = { actor: payload.sub, scopes: wordsOf(payload[scopesClaim]) };
      // Configured, the claim limits every token, so one that lacks it is limited to no organisation at all.
      return organisationsClaim ? { ...identity, organisations: wordsOf(payload[organisationsClaim]) } : identity;
    } catch (error) {
      if (error instanceof VerifierUnavailableError) throw error;
      // jose's own errors for a JWKS answer that is no key set (not JSON, not a JWKS): the issuer's fault too.
      if (error instanceof errors.JWKSInvalid || (error instanceof errors.JOSEError && error.code === errors.JOSEError.code))
        throw unavailable(`its JWKS: ${error.message}`);
      // Anything else is a token we do not accept (401); the token itself is never logged.
      if (!(error instanceof errors.JOSEError)) console.warn(`OIDC: could not verify a token: ${(error as Error).message}`);
      return undefined;
    }
  };
}

async function discoverJwksUri(issuer: string, fetchFromIssuer: (url: string, init: RequestInit) => Promise<Response>): Promise<string> {
  const response = await fetchFromIssuer(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(discoveryTimeoutMs),
  });
  const { jwks_uri: uri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof uri !== 'string') throw new Error('discovery has no jwks_uri');
  return uri;
}

/** What went wrong, in a few words: fetch's own message is "fetch failed", its cause says why. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : (error as Error).message;
}

/** A space-separated string (`scope`) or an array of strings (e.g. `roles`). */
function wordsOf(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(' ').filter(Boolean);
  if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === 'string');
  return [];
}
