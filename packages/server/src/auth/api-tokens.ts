// API tokens (CONTRACT.md §4): made by the operator with `ino-server token create`, shown once, kept
// only as their SHA-256. A token is `ino_` and 32 random bytes in base64url (256 bits), so a hash
// without salt is enough: no one can guess one to compare.
import { createHash, randomBytes } from 'node:crypto';
import { SCOPES, type Scope } from '@ino/contract';
import { IdSchema } from '@ino/sdk';
import type { Queryable } from '../db/database.js';
import type { Identity } from './identity.js';

const PREFIX = 'ino_';

export const hashOfToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface TokenRequest {
  name: string;
  scopes: readonly string[];
  organisations?: readonly string[];
  expiresAt?: Date;
}

export interface TokenInfo {
  name: string;
  scopes: string[];
  organisations: string[] | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/** A request the operator can fix: names what is wrong. */
export class TokenError extends Error {}

/** Makes a token and stores its hash; resolves the token itself, which is never stored. */
export async function createToken(db: Queryable, { name, scopes, organisations, expiresAt }: TokenRequest): Promise<string> {
  if (!/^[\w.@:-]{1,100}$/.test(name)) throw new TokenError(`A token's name is 1 to 100 letters, digits and . _ - : @, not ${JSON.stringify(name)}.`);
  if (!scopes.length) throw new TokenError(`Give the token at least one scope (${SCOPES.join(', ')}).`);
  for (const scope of scopes) if (!SCOPES.includes(scope as Scope)) throw new TokenError(`${JSON.stringify(scope)} is not a scope (${SCOPES.join(', ')}).`);
  for (const id of organisations ?? []) if (!IdSchema.safeParse(id).success) throw new TokenError(`${JSON.stringify(id)} is not an organisation id.`);
  if ((await db.query('SELECT 1 FROM api_tokens WHERE name = $1', [name])).length)
    throw new TokenError(`A token named ${name} exists already (revoked tokens keep their name, for the audit log).`);
  const token = PREFIX + randomBytes(32).toString('base64url');
  await db.query('INSERT INTO api_tokens (name, hash, scopes, organisations, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    name,
    hashOfToken(token),
    [...scopes],
    organisations ? [...organisations] : null,
    expiresAt ?? null,
  ]);
  return token;
}

export async function listTokens(db: Queryable): Promise<TokenInfo[]> {
  const rows = await db.query<{
    name: string;
    scopes: string[];
    organisations: string[] | null;
    expires_at: Date | null;
    revoked_at: Date | null;
    created_at: Date;
  }>('SELECT name, scopes, organisations, expires_at, revoked_at, created_at FROM api_tokens ORDER BY name');
  return rows.map((r) => ({
    name: r.name,
    scopes: r.scopes,
    organisations: r.organisations,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    createdAt: r.created_at,
  }));
}

/** Revokes the token; false when no token has that name or it was revoked already. */
export async function revokeToken(db: Queryable, name: string): Promise<boolean> {
  return (await db.query('UPDATE api_tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING name', [name])).length > 0;
}

/** Who a bearer token is, when it is one of ours, known, not expired and not revoked. */
export async function identityOfApiToken(db: Queryable, token: string, now: Date): Promise<Identity | undefined> {
  if (!token.startsWith(PREFIX)) return undefined;
  const [row] = await db.query<{ name: string; scopes: string[]; organisations: string[] | null }>(
    'SELECT name, scopes, organisations FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)',
    [hashOfToken(token), now],
  );
  return row && { actor: row.name, scopes: row.scopes, organisations: row.organisations ?? undefined };
}
