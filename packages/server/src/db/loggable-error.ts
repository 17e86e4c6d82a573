// What the log may say about an error. A database error carries personal data: PGlite puts the query's
// parameters on it (`params`: names, e-mail addresses, answers), PostgreSQL's `detail` names the
// failing row or key ("Key (track_id, email_key)=(…, an@example.org) already exists"), and some messages
// end in the value that failed ('invalid input syntax for type integer: "…"'). Its logged form keeps
// what finds the fault and nothing else: the SQLSTATE, the message without a trailing value, the SQL's
// first words and the stack's frames.

/** Words of the statement that say what it was (`INSERT INTO applications`), never its values. */
const SQL_WORDS = 3;

interface DatabaseError {
  code: string;
  severity: string;
  message: string;
  query?: unknown;
  stack?: string;
}

/** Both drivers' errors from the server: a SQLSTATE and a severity. */
function isDatabaseError(error: unknown): error is DatabaseError {
  const { code, severity } = (error ?? {}) as Partial<DatabaseError>;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/** `error` as it may be logged: a database error as one text without its values; anything else as it is. */
export function loggableError(error: unknown): unknown {
  if (!isDatabaseError(error)) return error;
  const message = error.message.replace(/: ".*"$/s, ': (value withheld)');
  const sql = typeof error.query === 'string' ? error.query.trim().split(/\s+/).slice(0, SQL_WORDS).join(' ') : undefined;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`Database error ${error.code}: ${message}${sql ? ` (in ${sql} …)` : ''}`, ...frames].join('\n');
}
