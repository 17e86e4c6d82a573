// The embedded default: PostgreSQL compiled to WebAssembly, in this process, with its files in a data
// directory. It has one connection, so PGlite runs one transaction at a time and queues the rest:
// the seat accounting needs no more than that.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

const asQueryable = (db: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    return (await db.query<Row>(sql, params as unknown[])).rows;
  },
  exec: async (sql) => void (await db.exec(sql)),
});

export function wrapPglite(db: PGlite, onClose: () => Promise<void> = async () => {}): Database {
  const database: Database = {
    kind: 'pglite',
    ...asQueryable(db),
    async transaction(work) {
      const committed: ((db: Database) => void)[] = [];
      const result = await db.transaction((tx) => work({ ...asQueryable(tx), afterCommit: (callback) => void committed.push(callback) }));
      for (const callback of committed) callback(database);
      return result;
    },
    async close() {
      await db.close();
      await onClose();
    },
  };
  return database;
}

/**
 * Opens (or creates, mode 0700) the database in `dataDir`/pglite. A lock file beside it keeps a second server
 * off the same files: PGlite itself does not, and two processes writing one data directory would
 * corrupt it. A lock left by a process that no longer runs (killed, crashed) is taken over.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  // Applications hold personal data: a directory this server creates is its user's alone.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = join(dataDir, 'server.pid');
  await takeLock(lockFile);
  try {
    const db = await PGlite.create(join(dataDir, 'pglite'));
    return wrapPglite(db, () => releaseLock(lockFile));
  } catch (error) {
    await releaseLock(lockFile);
    throw error;
  }
}

/** Another process (a running server, most likely) holds the data directory's lock. */
export class DataDirectoryInUse extends Error {
  readonly pid: number;
  constructor(pid: number, dataDir: string) {
    super(`Another server (process ${pid}) is using ${dataDir}; stop it, or set INO_DATA_DIR to another directory.`);
    this.name = 'DataDirectoryInUse';
    this.pid = pid;
  }
}

/** Lock files this process holds (a pid in a lock file can also be ours after a container restart). */
const held = new Set<string>();

async function takeLock(lockFile: string): Promise<void> {
  if (held.has(lockFile)) throw new Error(`This process already uses ${lockFile.replace(/server\.pid$/, '')}.`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(lockFile);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isRunning(pid)) {
        throw new DataDirectoryInUse(pid, lockFile.replace(/server\.pid$/, ''));
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockFile}.`);
}

async function releaseLock(lockFile: string): Promise<void> {
  held.delete(lockFile);
  await rm(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
