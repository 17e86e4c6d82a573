// The audit log (CONTRACT.md §4.3): who did what to which id, and when by the server's clock. Written in
// the same transaction as the change it records, so neither is there without the other. Ids and counts
// only, never personal data: no name, e-mail address or answer goes into `target` or `detail`.
import type { Queryable } from './database.js';

export interface AuditEntry {
  /** The server's clock at the change (the request's `now`), not the database's: the one the server decides by. */
  at: Date;
  actor: string;
  action: string;
  target: string;
  detail?: Record<string, unknown>;
}

export async function audit(db: Queryable, { at, actor, action, target, detail }: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)', [
    at,
    actor,
    action,
    target,
    detail ? JSON.stringify(detail) : null,
  ]);
}
