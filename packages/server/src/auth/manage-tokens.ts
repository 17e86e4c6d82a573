// Manage tokens (CONTRACT.md §3.7). Every mail about an active application carries the manage link (§5),
// not only the first, so the server must be able to make an application's token again: it is the
// HMAC-SHA256 of the application's id under a 256-bit key of this server's own (made once, kept in the
// database, shared by every process). The database keeps only the token's SHA-256 for looking it up;
// erasing it (§4.3) ends the token for good, though the same token could be made again.
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { hashOfToken } from './api-tokens.js';

const KEY_NAME = 'manage-token';

const keys = new WeakMap<Database, Promise<Buffer>>();

/** This server's key for manage tokens, made on first use (two processes making it at once agree on one), then kept in memory. */
export function manageTokenKey(db: Database): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = readOrMakeKey(db);
    // A failure (the database unreachable) is not kept: the next request tries again.
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

async function readOrMakeKey(db: Database): Promise<Buffer> {
  const read = async () => (await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [KEY_NAME]))[0]?.value;
  let value = await read();
  if (!value) {
    await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [KEY_NAME, randomBytes(32).toString('base64url')]);
    value = (await read())!;
  }
  return Buffer.from(value, 'base64url');
}

/** The application's manage token: 256 bits in base64url. */
export const manageTokenFor = (key: Buffer, applicationId: string): string => createHmac('sha256', key).update(applicationId).digest('base64url');

/** What the database keeps of a manage token, and looks a request's token up by. */
export const hashOfManageToken = hashOfToken;
