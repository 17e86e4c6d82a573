import * as z from 'zod/mini';
import { IdSchema, LangSchema, maybe, openEnum, TimestampSchema } from './common.js';
import type { LearningTrack } from './learning-track.js';

/**
 * Characters a person does not mean to send, refused in what they type: control characters (a line
 * break or ESC in a name), bidirectional overrides and isolates (they reorder what a reviewer reads),
 * and invisible zero-width spaces and word joiners. The zero-width (non-)joiners stay: they shape
 * emoji and scripts and cannot hide or reorder text. Answers may hold line breaks and tabs.
 */
const UNSAFE_IN_A_LINE = /[\u0000-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/** The message of that refusal, so that a form can say it in its own words. */
export const UNSAFE_CHARACTER_MESSAGE = 'Contains a control character or an invisible formatting character';
const safe = (unsafe: RegExp) => z.refine<string>((value) => !unsafe.test(value), UNSAFE_CHARACTER_MESSAGE);

/** A required text field, trimmed before it is checked (CONTRACT.md §3.4). */
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Required'), z.maxLength(max, `At most ${max} characters`), safe(UNSAFE_IN_A_LINE));

const ApplicationBaseShape = {
  givenName: trimmed(80),
  familyName: trimmed(80),
  // Not EmailSchema: the address is trimmed before its format is checked.
  email: z.string().check(z.trim(), z.minLength(1, 'Required'), z.email('Not an e-mail address'), z.maxLength(254)),
  organisation: trimmed(160),
  role: maybe(z.string().check(z.trim(), z.maxLength(120, 'At most 120 characters'), safe(UNSAFE_IN_A_LINE))),
  consentVersion: z.string().check(z.minLength(1, 'Required')),
  lang: maybe(LangSchema),
};

/** The body of POST /learning-tracks/{id}/applications, without the track-specific rules. */
export const ApplicationRequestSchema = z.object({
  ...ApplicationBaseShape,
  answers: z.record(IdSchema, z.string()),
});
export type ApplicationRequest = z.input<typeof ApplicationRequestSchema>;

/**
 * The body of an application to this track: one answer per question (required ones non-blank, each
 * within its maxLength), no unknown question ids, and consent to the track's current consent text.
 * The widget validates with it before sending; the server validates with the same schema.
 */
export function applicationRequestSchemaFor(track: Pick<LearningTrack, 'questions' | 'consent'>) {
  const answers: Record<string, z.ZodMiniType<string | undefined>> = {};
  for (const q of track.questions) {
    const answer = z.string().check(z.trim(), z.maxLength(q.maxLength, `At most ${q.maxLength} characters`), safe(UNSAFE_IN_TEXT));
    answers[q.id] = q.required ? answer.check(z.minLength(1, 'Required')) : z.optional(answer);
  }
  return z.object({
    ...ApplicationBaseShape,
    answers: z.strictObject(answers),
    consentVersion: z.literal(track.consent.version, 'Consent to the current text is required'),
  });
}

export const APPLICATION_STATUSES = ['received', 'confirmed', 'waitlisted'] as const;

export const ApplicationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  trackId: IdSchema,
  status: openEnum(APPLICATION_STATUSES),
  waitlistPosition: maybe(z.int().check(z.minimum(1))),
  receivedAt: TimestampSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;

/** 8–128 characters of [A-Za-z0-9_-] (CONTRACT.md §3.4). */
export const IdempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,128}$/, 'Not a valid Idempotency-Key'));
