// Which fields of a record are text to translate, in the shape its translations have. One definition,
// read by the check that a translation is whole and by the builder that serves it.
import type * as z from 'zod/mini';
import type {
  ChallengeRecord,
  ChallengeTextSchema,
  Collection,
  LabelledRecord,
  LearningTrackRecord,
  LearningTrackText,
  PracticeRecord,
  PracticeTextSchema,
  RecordOf,
} from './schemas.js';

export type PracticeText = z.infer<typeof PracticeTextSchema>;
export type ChallengeText = z.infer<typeof ChallengeTextSchema>;

const pick = <T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> => {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (record[key] != null) picked[key] = record[key];
  return picked;
};

export const labelText = (record: LabelledRecord): { label: string } => ({ label: record.label });

export const practiceText = (record: PracticeRecord): PracticeText =>
  pick(record, ['title', 'summary', 'description', 'whatWorked', 'whatDidNotWork', 'lessons', 'figures', 'links']);

export const challengeText = (record: ChallengeRecord): ChallengeText => pick(record, ['title', 'summary', 'description', 'steps']);

/** A track's text: its places only when one of its sessions has a place. */
export function learningTrackText(record: LearningTrackRecord): LearningTrackText {
  const hasPlaces = record.sessions.some((session) => session.location);
  return {
    ...pick(record, ['title', 'summary', 'description', 'audience']),
    ...(hasPlaces ? { sessions: record.sessions.map((session) => (session.location ? { location: session.location } : {})) } : {}),
    questions: record.questions.map((question) => pick(question, ['id', 'label', 'help'])),
    consent: { text: record.consent.text },
  };
}

/**
 * The Dutch text of a record in the shape of its translations; undefined for a collection without text
 * to translate (organisations: a name is not translated).
 */
export function translatableText<C extends Collection>(collection: C, record: RecordOf<C>): object | undefined {
  switch (collection) {
    case 'themes':
    case 'programmes':
      return labelText(record as LabelledRecord);
    case 'practices':
      return practiceText(record as PracticeRecord);
    case 'challenges':
      return challengeText(record as ChallengeRecord);
    case 'learningTracks':
      return learningTrackText(record as LearningTrackRecord);
    default:
      return undefined;
  }
}
