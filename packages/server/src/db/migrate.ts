// Migrations: the .sql files in ./migrations, applied in the order of their names, each in its own
// transaction and recorded in schema_migrations. Servers that start together against one PostgreSQL
// take an advisory lock first, so each migration runs once.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

const DIRECTORY = new URL('./migrations/', import.meta.url);
/** Any fixed number: the key of the advisory lock that serialises migrating (and seeding) servers. */
export const LOCK_KEY = 7_402_118;

export async function migrate(db: Database): Promise<string[]> {
  const files = (await readdir(DIRECTORY)).filter((name) => name.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(new URL(name, DIRECTORY), 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name])).length) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (ran) applied.push(name);
  }
  return applied;
}
