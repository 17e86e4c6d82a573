// A PostgreSQL server through a pool of connections (pg). Transactions run on one pooled client each;
// the seat accounting locks the track's row (SELECT … FOR UPDATE), so applications to one track are
// serialised while everything else runs in parallel.
import pg from 'pg';
import type { Database, Queryable } from './database.js';

const asQueryable = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    // pg's errors do not say which statement failed (PGlite's do); the log names its first words.
    const result = await client.query(sql, params as unknown[]).catch((error: Error) => {
      throw Object.assign(error, { query: sql });
    });
    return result.rows as Row[];
  },
  // Without parameters, pg uses the simple query protocol, which takes several statements.
  exec: async (sql) => void (await client.query(sql)),
});

export interface PostgresOptions {
  connectionString: string;
  poolSize: number;
}

export function openPostgres({ connectionString, poolSize }: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its connection must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const database: Database = {
    kind: 'postgres',
    connectionString,
    ...asQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      const committed: ((db: Database) => void)[] = [];
      let result;
      try {
        await client.query('BEGIN');
        result = await work({ ...asQueryable(client), afterCommit: (callback) => void committed.push(callback) });
        await client.query('COMMIT');
        client.release();
      } catch (error) {
        // A client whose ROLLBACK fails is broken: release(error) closes it instead of pooling it.
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: Error) => client.release(rollbackError),
        );
        throw error;
      }
      for (const callback of committed) callback(database);
      return result;
    },
    close: () => pool.end(),
  };
  return database;
}
