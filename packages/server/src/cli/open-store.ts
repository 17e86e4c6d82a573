// The database a command works on: the server's own (DATABASE_URL, or the embedded one in
// INO_DATA_DIR), migrated. The embedded one takes one process at a time: while the server holds it,
// a command says so plainly instead of waiting or corrupting its files.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { DataDirectoryInUse } from '../db/pglite.js';

/** What the command line says and exits with, instead of a stack. */
export class CommandError extends Error {}

/** Opens and migrates the configured database, runs `work` on it, and closes it. */
export async function withStore<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirectoryInUse)
      throw new CommandError(`The server is running on this data directory (${config.dataDir}, process ${error.pid}); stop it first, or use DATABASE_URL.`);
    throw error;
  }
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
