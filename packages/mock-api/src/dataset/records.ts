// The dataset is stored normalised, the way a content service would keep it: Dutch text first,
// translations beside it, and organisations, themes and programmes referenced by id. The handlers
// (and later the reference server) resolve ids and pick a language to build CONTRACT.md resources.
import type { KnownLang } from '@ino/sdk';

/** The languages of CONTRACT.md (the SDK's LANGS). */
export type Lang = KnownLang;

/** A label in Dutch with optional French and English. */
export interface LocalisedLabel {
  nl: string;
  fr?: string;
  en?: string;
}

/** Text fields of a record in another language; whatever is missing falls back to Dutch. */
export type Translations<T> = Partial<Record<'fr' | 'en', Partial<T>>>;

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string;
  level: string;
  identifiers?: { kbo?: string | null; ovo?: string | null; nis?: string | null };
  url?: string;
}

export interface ThemeRecord {
  id: string;
  label: LocalisedLabel;
}

export interface ProgrammeRecord {
  id: string;
  label: LocalisedLabel;
}

export interface ContactRecord {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface LinkRecord {
  label: string;
  url: string;
}

export interface FigureRecord {
  label: string;
  value: string;
}

export interface PracticeText {
  title: string;
  summary: string;
  description?: string;
  whatWorked: string;
  whatDidNotWork: string;
  lessons: string[];
  figures: FigureRecord[];
  links: LinkRecord[];
}

export interface PracticeRecord extends PracticeText {
  id: string;
  /** Organisation ids, at least one. */
  organisations: string[];
  level: string;
  /** Theme ids. */
  themes: string[];
  ladderRung?: 1 | 2 | 3 | 4 | 5;
  facet?: string;
  stage?: string;
  startedOn?: string;
  endedOn?: string;
  contact?: ContactRecord;
  updatedAt: string;
  translations?: Translations<PracticeText>;
}

export interface ChallengeText {
  title: string;
  summary: string;
  description?: string;
  steps: string[];
}

export interface ChallengeRecord extends ChallengeText {
  id: string;
  owners: string[];
  partners: string[];
  themes: string[];
  /** Programme id. */
  programme?: string;
  status: string;
  opensAt?: string;
  closesAt?: string;
  budget?: { maxAmount: number; currency: string; vatIncluded: boolean };
  /** NIS codes of the municipalities the challenge applies to. */
  municipalities: string[];
  applyUrl?: string;
  contact?: ContactRecord;
  updatedAt: string;
  translations?: Translations<ChallengeText>;
}

export interface QuestionRecord {
  id: string;
  label: LocalisedLabel;
  help?: LocalisedLabel;
  required: boolean;
  maxLength: number;
}

export interface SessionRecord {
  startsAt: string;
  endsAt: string;
  location?: string;
}

export interface LearningTrackText {
  title: string;
  summary: string;
  description?: string;
  audience: string;
  consentText: string;
}

export interface LearningTrackRecord extends LearningTrackText {
  id: string;
  organisers: string[];
  themes: string[];
  format: string;
  sessions: SessionRecord[];
  seats?: number;
  seatsTaken: number;
  admission: string;
  applicationOpensAt?: string;
  applicationClosesAt?: string;
  status: string;
  waitlist: boolean;
  questions: QuestionRecord[];
  consentVersion: string;
  privacyUrl: string;
  contact?: ContactRecord;
  updatedAt: string;
  translations?: Translations<LearningTrackText>;
}

export interface LadderRungText {
  name: string;
  summary: string;
  initiative: string;
  decision: string;
  responsibility: string;
  examples: string[];
  variants?: { key: string; name: string }[];
}

export interface LadderRungRecord {
  level: 1 | 2 | 3 | 4 | 5;
  key: string;
  text: Record<Lang, LadderRungText>;
}
