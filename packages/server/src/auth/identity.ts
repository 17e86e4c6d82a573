// Who is asking on the organiser API, whatever proved it (an API token, an OIDC access token): one
// function from a request to an identity, with a verifier per kind of token.
import type { IncomingMessage } from 'node:http';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { identityOfApiToken } from './api-tokens.js';

/** Seconds an organiser should wait when what verifies their token (the OIDC issuer) cannot be reached. */
const VERIFIER_RETRY_AFTER = 30;

export interface Identity {
  /** The token's name or the OIDC subject: what the audit log names. */
  actor: string;
  scopes: readonly string[];
  /** The organisations the token is limited to; undefined: every one. */
  organisations?: readonly string[];
}

/** A verifier of one kind of bearer token: undefined when it is not one it knows. */
export type Verifier = (token: string, now: Date) => Promise<Identity | undefined>;

/** A verifier could not tell, because what it asks (the OIDC issuer) did not answer: not the caller's fault. */
export class VerifierUnavailableError extends Error {}

export type Authenticate = (request: IncomingMessage) => Promise<Identity | undefined>;

/** The bearer token of `Authorization`, or undefined (no header, another scheme, empty). */
export function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Tries each verifier in turn: the first that knows the token says who it is. A verifier that cannot
 * tell is a 503 with Retry-After, not a 401: the token may well be good. API tokens are verified first
 * and never need the issuer, so they work while it is down.
 */
export function createAuthenticate(db: Queryable, clock: () => Date, extra: readonly Verifier[] = []): Authenticate {
  const verifiers: Verifier[] = [(token, now) => identityOfApiToken(db, token, now), ...extra];
  return async (request) => {
    const token = bearerToken(request);
    if (!token) return undefined;
    const now = clock();
    for (const verify of verifiers) {
      let identity: Identity | undefined;
      try {
        identity = await verify(token, now);
      } catch (error) {
        if (!(error instanceof VerifierUnavailableError)) throw error;
        throw new HttpProblem(503, 'unavailable', 'The sign-in service that issued your token cannot be reached just now; try again shortly.', {
          headers: { 'retry-after': String(VERIFIER_RETRY_AFTER) },
        });
      }
      if (identity) return identity;
    }
    return undefined;
  };
}
