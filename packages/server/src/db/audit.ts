// The audit log (CONTRACT.md §4.3): who did what to which id. Written in the same transaction as the
// change it records, so neither is there without the other. Ids only, never personal data.
import type { Queryable } from './database.js';

export interface AuditEntry {
  actor: string;
  action: string;
  target: string;
  detail?: Record<string, unknown>;
}

export async function audit(db: Queryable, { actor, action, target, detail }: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4)', [
    actor,
    action,
    target,
    detail ? JSON.stringify(detail) : null,
  ]);
}
