// The example organiser page (examples/organiser/) needs a token to show the applications. When the
// server serves the examples from the embedded database (`npm start`: INO_STATIC_ROOT, no
// DATABASE_URL), it makes one at each start, revoking the one before, and prints it with the page's
// address. Only there: an operator's own setup never gets a token it did not ask for.
import { createToken } from './auth/api-tokens.js';
import type { Config } from './config.js';
import { audit } from './db/audit.js';
import type { Database } from './db/database.js';

/** The names of the example's tokens start with this; each start adds the time, as revoked names stay taken. */
export const EXAMPLE_ORGANISER = 'example-organiser';
/** What the example page needs and no more: reading and deciding, no content, erasure or audit. */
const EXAMPLE_SCOPES = ['applications:read', 'applications:decide'];

/** Whether this setup is the embedded example one (`npm start`). */
export const servesExamples = (config: Config): boolean => Boolean(config.staticRoot) && !config.databaseUrl;

/** Revokes the example tokens still valid, makes a new one and resolves it (shown once, like any token). */
export async function renewExampleOrganiserToken(db: Database, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const revoked = await tx.query<{ name: string }>('UPDATE api_tokens SET revoked_at = $1 WHERE name LIKE $2 AND revoked_at IS NULL RETURNING name', [
      now,
      `${EXAMPLE_ORGANISER}%`,
    ]);
    for (const { name } of revoked) await audit(tx, { at: now, actor: 'system', action: 'token.revoke', target: `token/${name}` });
    const name = `${EXAMPLE_ORGANISER}-${now.getTime()}`;
    const token = await createToken(tx, { name, scopes: EXAMPLE_SCOPES });
    await audit(tx, { at: now, actor: 'system', action: 'token.create', target: `token/${name}`, detail: { scopes: EXAMPLE_SCOPES } });
    return token;
  });
}
