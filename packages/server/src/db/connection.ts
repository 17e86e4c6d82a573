import type { Config } from '../config.js';
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** The database the configuration names: a PostgreSQL server (DATABASE_URL) or the embedded one. */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return Promise.resolve(openPostgres({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize }));
  return openPglite(config.dataDir);
}
