import * as z from 'zod/mini';
import { ContactSchema, contentHeaderShape, IdSchema, maybe, openEnum, requiredText, text, ThemeSchema, TimestampSchema, UrlSchema } from './common.js';
import { wholeList } from '../read-tolerantly.js';
import { OrganisationSchema } from './organisation.js';

export const TRACK_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const TRACK_ADMISSIONS = ['first-come', 'selection'] as const;
export const TRACK_STATUSES = ['announced', 'open', 'waitlist', 'closed', 'running', 'completed', 'cancelled'] as const;
/** Only these statuses take applications (CONTRACT.md §3.3). */
export const APPLICABLE_TRACK_STATUSES: readonly string[] = ['open', 'waitlist'];

export const TrackStatusSchema = openEnum(TRACK_STATUSES);
export type TrackStatus = z.infer<typeof TrackStatusSchema>;

export const SessionSchema = z.object({
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  location: maybe(text(200)),
});
export type Session = z.infer<typeof SessionSchema>;

export const QuestionSchema = z.object({
  id: IdSchema,
  label: requiredText(500),
  help: maybe(text(1_000)),
  required: z.boolean(),
  maxLength: z.int().check(z.minimum(1), z.maximum(5_000)),
});
export type Question = z.infer<typeof QuestionSchema>;

export const LearningTrackSchema = z
  .object({
    ...contentHeaderShape,
    organisers: z.array(OrganisationSchema).check(z.minLength(1, 'A track has at least one organiser')),
    themes: z.array(ThemeSchema),
    audience: maybe(text(1_000)),
    format: openEnum(TRACK_FORMATS),
    sessions: z.array(SessionSchema),
    seats: maybe(z.int().check(z.minimum(0))),
    seatsTaken: z.int().check(z.minimum(0)),
    admission: openEnum(TRACK_ADMISSIONS),
    applicationOpensAt: maybe(TimestampSchema),
    applicationClosesAt: maybe(TimestampSchema),
    status: TrackStatusSchema,
    waitlist: z.boolean(),
    // Not dropped one by one: a signup without a question the server requires would be refused.
    questions: wholeList(z.array(QuestionSchema)),
    consent: z.object({ version: requiredText(40), text: requiredText(2_000), privacyUrl: UrlSchema }),
    contact: maybe(ContactSchema),
    updatedAt: TimestampSchema,
  })
  .check(
    z.refine((t) => t.seats == null || t.seatsTaken <= t.seats || t.waitlist, {
      message: 'seatsTaken may exceed seats only on a track with a waitlist',
      path: ['seatsTaken'],
    }),
  );
export type LearningTrack = z.infer<typeof LearningTrackSchema>;
