// Who is asking on the organiser API, whatever proved it (an API token now; an OIDC access token in a
// later slice): one function from a request to an identity, so another verifier sits beside the first.
import type { IncomingMessage } from 'node:http';
import type { Queryable } from '../db/database.js';
import { identityOfApiToken } from './api-tokens.js';

export interface Identity {
  /** The token's name (or, later, the OIDC subject): what the audit log names. */
  actor: string;
  scopes: readonly string[];
  /** The organisations the token is limited to; undefined: every one. */
  organisations?: readonly string[];
}

/** A verifier of one kind of bearer token: undefined when it is not one it knows. */
export type Verifier = (token: string, now: Date) => Promise<Identity | undefined>;

export type Authenticate = (request: IncomingMessage) => Promise<Identity | undefined>;

/** The bearer token of `Authorization`, or undefined (no header, another scheme, empty). */
export function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** Tries each verifier in turn: the first that knows the token says who it is. */
export function createAuthenticate(db: Queryable, clock: () => Date, extra: readonly Verifier[] = []): Authenticate {
  const verifiers: Verifier[] = [(token, now) => identityOfApiToken(db, token, now), ...extra];
  return async (request) => {
    const token = bearerToken(request);
    if (!token) return undefined;
    const now = clock();
    for (const verify of verifiers) {
      const identity = await verify(token, now);
      if (identity) return identity;
    }
    return undefined;
  };
}
