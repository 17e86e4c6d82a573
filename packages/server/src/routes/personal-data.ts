// Personal data and the audit log (CONTRACT.md §4.3): erasure on request, a subject access request,
// and reading the audit log. Each works across every track and names ids of every organisation, so
// a token limited to organisations may not use them (403): they are the operator's and the data
// protection officer's tools, not one organisation's.
import * as z from 'zod/mini';
import { emailKeyOf, InvalidQueryError, nextCursor, readPageWindow, type RouteNameOf } from '@ino/contract';
import { ApplicationRequestSchema, AuditEntrySchema, OrganiserApplicationSchema, pageOf, TimestampSchema, type AuditEntry } from '@ino/sdk';
import type { Identity } from '../auth/identity.js';
import { audit } from '../db/audit.js';
import { readJsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { APPLICATION_COLUMNS, organiserApplicationOf, type ApplicationRow } from '../repositories/application-views.js';
import { erasePersonalData } from '../repositories/erasure.js';
import type { AdminRoute } from './admin-route.js';

/** The body of `POST /admin/personal-data/erase`: an address, by the same rule as an application's. */
export const ErasureRequestSchema = z.object({ email: ApplicationRequestSchema.shape.email });
/** Its answer: how many applications lost their personal data (0 when none held any). */
export const ErasureSchema = z.object({ applications: z.int().check(z.minimum(0)) });
/** `GET /admin/personal-data`: every application that holds the address, as organisers see one. */
export const PersonalDataSchema = z.object({ items: z.array(OrganiserApplicationSchema) });
export const AuditPageSchema = pageOf(AuditEntrySchema);

/** An erasure request is a few dozen bytes. */
const MAX_BODY_BYTES = 1024;

export const PERSONAL_DATA_ADMIN = {
  erasePersonalData: async ({ db, request, identity, now }) => {
    assertUnlimited(identity);
    const parsed = ErasureRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success)
      throw new HttpProblem(422, 'validation', 'Send { "email": "…" } with the address whose data is to be erased.', {
        errors: [{ field: 'email', code: 'invalid', message: 'Not an e-mail address' }],
      });
    const erased = await db.transaction(async (tx) => {
      const applications = await erasePersonalData(tx, { emailKey: emailKeyOf(parsed.data)! }, now);
      // The ids, never the address: the log must not hold what was erased.
      await audit(tx, {
        at: now,
        actor: identity.actor,
        action: 'personal-data.erase',
        target: 'personal-data',
        detail: { applications: applications.map((a) => a.id) },
      });
      return applications;
    });
    return { status: 200, body: { applications: erased.length } };
  },

  personalData: async ({ db, query, identity, now }) => {
    assertUnlimited(identity);
    const email = ErasureRequestSchema.shape.email.safeParse(query.get('email') ?? '');
    if (!email.success) throw new InvalidQueryError('validation', 'email must be an e-mail address: GET /admin/personal-data?email=…');
    const items = await db.transaction(async (tx) => {
      const rows = await tx.query<ApplicationRow>(`SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.email_key = $1 ORDER BY a.received_at, a.seq`, [
        emailKeyOf({ email: email.data }),
      ]);
      await audit(tx, {
        at: now,
        actor: identity.actor,
        action: 'personal-data.read',
        target: 'personal-data',
        detail: { applications: rows.map((r) => r.id) },
      });
      return rows.map(organiserApplicationOf);
    });
    return { status: 200, body: { items } };
  },

  listAudit: async ({ db, query, identity }) => {
    assertUnlimited(identity);
    const since = query.get('since') || null;
    if (since !== null && !TimestampSchema.safeParse(since).success)
      throw new InvalidQueryError('validation', 'since must be an RFC 3339 time with an offset, such as 2027-02-04T09:00:00+01:00.');
    const window = readPageWindow(query);
    const where = 'WHERE $1::timestamptz IS NULL OR at >= $1::timestamptz';
    const [counted] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM audit_log ${where}`, [since]);
    const total = counted!.total;
    const rows = await db.query<{ at: Date; actor: string; action: string; target: string; detail: Record<string, unknown> | null }>(
      `SELECT at, actor, action, target, detail FROM audit_log ${where} ORDER BY at, id LIMIT $2 OFFSET $3`,
      [since, window.limit, window.offset],
    );
    const items: AuditEntry[] = rows.map(({ at, detail, ...entry }) => ({ at: new Date(at).toISOString(), ...entry, ...(detail ? { detail } : {}) }));
    return { status: 200, body: { items, nextCursor: nextCursor(window, total, query), total } };
  },
} satisfies Record<Extract<RouteNameOf<'admin'>, 'erasePersonalData' | 'personalData' | 'listAudit'>, AdminRoute>;

function assertUnlimited(identity: Identity): void {
  if (identity.organisations)
    throw new HttpProblem(403, 'forbidden', 'Personal data and the audit log span every organisation: they take a token that is not limited to organisations.');
}
