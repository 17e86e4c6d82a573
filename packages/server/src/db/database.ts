// The one interface the repositories use, so the same SQL runs on the embedded PGlite and on a
// PostgreSQL server (pg). Parameters are $1, $2, …; rows come back as plain objects.

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration), without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Inside a transaction only: runs `callback` with the database once the transaction has committed,
   * before `transaction` resolves (the read cache forgets what a change replaced before the change is
   * answered).
   */
  afterCommit?(callback: (db: Database) => void): void;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PostgreSQL only: where a connection of its own (LISTEN) goes. */
  readonly connectionString?: string;
}

/** SQLSTATE of a unique_violation, which both drivers report as `error.code`. */
export const UNIQUE_VIOLATION = '23505';

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Errors that mean "the database cannot be reached now" rather than "this request is wrong": the API
 * answers 503 with Retry-After. SQLSTATE class 08 (connection), 57P0x (shutting down, starting up),
 * 53300 (too many connections), socket errors, and the pool's connect timeout.
 */
export function isUnavailable(error: unknown): boolean {
  const code = sqlState(error) ?? '';
  if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return true;
  return /timeout exceeded when trying to connect|Connection terminated/i.test((error as Error | null)?.message ?? '');
}
