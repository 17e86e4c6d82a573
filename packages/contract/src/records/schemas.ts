// The records a content store holds (CONTRACT.md §4.1): each is its public resource with the Dutch text
// at the top level, no `lang`, the organisations, themes and programme it names given by id, and its
// translations beside it. The field names and nesting are the public resource's, so a record reads like
// the resource it becomes. Unknown fields are errors: a misspelt field would otherwise vanish unseen.
import * as z from 'zod/mini';
import {
  BudgetSchema,
  ChallengeStatusSchema,
  ContactSchema,
  DateSchema,
  FigureSchema,
  GovernmentLevelSchema,
  IdSchema,
  LadderRungLevelSchema,
  LinkSchema,
  maybe,
  NisCodeSchema,
  openEnum,
  OrganisationSchema,
  PRACTICE_FACETS,
  PRACTICE_STAGES,
  requiredText,
  SessionSchema,
  text,
  TimestampSchema,
  TRACK_ADMISSIONS,
  TRACK_FORMATS,
  TrackStatusSchema,
  UrlSchema,
} from '@ino/sdk';

/** The languages a record is translated into; Dutch is the record's own text. */
export const TRANSLATION_LANGS = ['fr', 'en'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** `translations: { fr?: T, en?: T }`, each whole (records/whole-translation.ts checks that). */
const translationsOf = <T extends z.ZodMiniType>(translation: T) => z.optional(z.strictObject({ fr: z.optional(translation), en: z.optional(translation) }));

const ids = z.array(IdSchema);

export const OrganisationRecordSchema = z.strictObject(OrganisationSchema.shape);
export type OrganisationRecord = z.infer<typeof OrganisationRecordSchema>;

const LabelTextSchema = z.strictObject({ label: requiredText(200) });
/** A theme or a programme: an id and a label. */
export const LabelledRecordSchema = z.strictObject({ id: IdSchema, label: requiredText(200), translations: translationsOf(LabelTextSchema) });
export type LabelledRecord = z.infer<typeof LabelledRecordSchema>;
export const ThemeRecordSchema = LabelledRecordSchema;
export type ThemeRecord = LabelledRecord;
export const ProgrammeRecordSchema = LabelledRecordSchema;
export type ProgrammeRecord = LabelledRecord;

const headerText = { title: requiredText(160), summary: requiredText(600), description: maybe(text(20_000)) };

const practiceText = {
  ...headerText,
  whatWorked: text(5_000),
  // The network shares failures as well as successes: required and non-empty, in every language.
  whatDidNotWork: requiredText(5_000),
  lessons: z.array(requiredText(1_000)),
  figures: z.array(FigureSchema),
  links: z.array(LinkSchema),
};
export const PracticeTextSchema = z.strictObject(practiceText);
export const PracticeRecordSchema = z.strictObject({
  id: IdSchema,
  ...practiceText,
  organisations: ids.check(z.minLength(1, 'A practice has at least one organisation')),
  level: GovernmentLevelSchema,
  themes: ids,
  ladderRung: maybe(LadderRungLevelSchema),
  facet: maybe(openEnum(PRACTICE_FACETS)),
  stage: maybe(openEnum(PRACTICE_STAGES)),
  startedOn: maybe(DateSchema),
  endedOn: maybe(DateSchema),
  contact: maybe(ContactSchema),
  updatedAt: TimestampSchema,
  translations: translationsOf(PracticeTextSchema),
});
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>;

const challengeText = { ...headerText, steps: z.array(requiredText(500)) };
export const ChallengeTextSchema = z.strictObject(challengeText);
export const ChallengeRecordSchema = z.strictObject({
  id: IdSchema,
  ...challengeText,
  owners: ids.check(z.minLength(1, 'A challenge has at least one owner')),
  partners: ids,
  themes: ids,
  programme: maybe(IdSchema),
  status: ChallengeStatusSchema,
  opensAt: maybe(TimestampSchema),
  closesAt: maybe(TimestampSchema),
  budget: maybe(BudgetSchema),
  municipalities: z.array(NisCodeSchema),
  applyUrl: maybe(UrlSchema),
  contact: maybe(ContactSchema),
  updatedAt: TimestampSchema,
  translations: translationsOf(ChallengeTextSchema),
});
export type ChallengeRecord = z.infer<typeof ChallengeRecordSchema>;

const QuestionRecordSchema = z.strictObject({
  id: IdSchema,
  label: requiredText(500),
  help: maybe(text(1_000)),
  required: z.boolean(),
  maxLength: z.int().check(z.minimum(1), z.maximum(5_000)),
});
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;

/**
 * A track's text in another language. Its questions are named by id, in the Dutch order; its sessions,
 * when any has a place, are in the Dutch order with the place's name in that language (Bruxelles, Gand).
 */
export const LearningTrackTextSchema = z.strictObject({
  ...headerText,
  audience: maybe(text(1_000)),
  sessions: z.optional(z.array(z.strictObject({ location: maybe(text(200)) }))),
  questions: z.array(z.strictObject({ id: IdSchema, label: requiredText(500), help: maybe(text(1_000)) })),
  consent: z.strictObject({ text: requiredText(2_000) }),
});
export type LearningTrackText = z.infer<typeof LearningTrackTextSchema>;

export const LearningTrackRecordSchema = z
  .strictObject({
    id: IdSchema,
    ...headerText,
    organisers: ids.check(z.minLength(1, 'A track has at least one organiser')),
    themes: ids,
    audience: maybe(text(1_000)),
    format: openEnum(TRACK_FORMATS),
    sessions: z.array(z.strictObject(SessionSchema.shape)),
    seats: maybe(z.int().check(z.minimum(0))),
    /** Seats taken outside the service (applications it takes add to them). */
    seatsTaken: z.int().check(z.minimum(0)),
    admission: openEnum(TRACK_ADMISSIONS),
    applicationOpensAt: maybe(TimestampSchema),
    applicationClosesAt: maybe(TimestampSchema),
    status: TrackStatusSchema,
    waitlist: z.boolean(),
    questions: z.array(QuestionRecordSchema),
    consent: z.strictObject({ version: requiredText(40), text: requiredText(2_000), privacyUrl: UrlSchema }),
    contact: maybe(ContactSchema),
    updatedAt: TimestampSchema,
    translations: translationsOf(LearningTrackTextSchema),
  })
  .check(
    z.refine((t) => t.seats == null || t.seatsTaken <= t.seats || t.waitlist, {
      message: 'seatsTaken may exceed seats only on a track with a waitlist',
      path: ['seatsTaken'],
    }),
  );
export type LearningTrackRecord = z.infer<typeof LearningTrackRecordSchema>;

/** The record schema of each collection of the store, by its name in the content document. */
export const RECORD_SCHEMAS = {
  organisations: OrganisationRecordSchema,
  themes: ThemeRecordSchema,
  programmes: ProgrammeRecordSchema,
  practices: PracticeRecordSchema,
  challenges: ChallengeRecordSchema,
  learningTracks: LearningTrackRecordSchema,
} as const;
export type Collection = keyof typeof RECORD_SCHEMAS;
export const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as Collection[];

/** The whole content store as one document (CONTRACT.md §4.1 `GET /admin/content`). */
export interface Content {
  organisations: OrganisationRecord[];
  themes: ThemeRecord[];
  programmes: ProgrammeRecord[];
  practices: PracticeRecord[];
  challenges: ChallengeRecord[];
  learningTracks: LearningTrackRecord[];
}
export type RecordOf<C extends Collection> = Content[C][number];
