import * as z from 'zod/mini';
import { IdSchema, LangSchema, maybe, openEnum, TimestampSchema } from './common.js';

/** Every status an application can have once it is in (CONTRACT.md §3.7); open, as every enum. */
export const MY_APPLICATION_STATUSES = ['received', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled'] as const;

/** One's own application, as `GET /me/application` answers it with the manage token (§3.7). */
export const MyApplicationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  trackId: IdSchema,
  status: openEnum(MY_APPLICATION_STATUSES),
  /** 1 = next in line; only while `waitlisted`. */
  waitlistPosition: maybe(z.int().check(z.minimum(1))),
  /** Until when an offered seat is held; only while `offered`. */
  offerExpiresAt: maybe(TimestampSchema),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  organisation: z.string(),
  role: maybe(z.string()),
  answers: z.record(IdSchema, z.string()),
  lang: LangSchema,
  receivedAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MyApplication = z.infer<typeof MyApplicationSchema>;

/** One change of an application's status: who made it (a token's name or OIDC subject, `applicant`, `system`) and why. */
export const HistoryEntrySchema = z.object({
  at: TimestampSchema,
  from: z.nullable(z.string()),
  to: z.string(),
  by: z.string(),
  note: maybe(z.string()),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * An application as organisers see it (§4.2): one's own application plus its history. Once its personal
 * data is erased (§4.3), the personal fields are absent and `erasedAt` says when: status, dates and
 * history stay (an addition to v1, so that the counts still add up).
 */
export const OrganiserApplicationSchema = z.object({
  ...MyApplicationSchema.shape,
  givenName: maybe(z.string()),
  familyName: maybe(z.string()),
  email: maybe(z.string()),
  organisation: maybe(z.string()),
  answers: maybe(z.record(IdSchema, z.string())),
  erasedAt: maybe(TimestampSchema),
  history: z.array(HistoryEntrySchema),
});
export type OrganiserApplication = z.infer<typeof OrganiserApplicationSchema>;

export const DECISIONS = ['select', 'decline', 'waitlist', 'cancel'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The body of `POST /admin/applications/{appId}/decision` (§4.2). */
export const DecisionRequestSchema = z.object({
  decision: z.enum(DECISIONS),
  note: maybe(z.string().check(z.trim(), z.maxLength(1000, 'At most 1000 characters'))),
});
export type DecisionRequest = z.input<typeof DecisionRequestSchema>;

/** One line of the audit log (§4.3): ids only, never the personal data itself. */
export const AuditEntrySchema = z.object({
  at: TimestampSchema,
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  detail: maybe(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
