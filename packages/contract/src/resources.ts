// Turns records (CONTRACT.md §4.1) into CONTRACT.md resources in one language: ids resolved into
// organisations, themes and programmes, text from the whole translation or else Dutch.
import type { Challenge, KnownLang, LearningTrack, Organisation, Practice, Theme } from '@ino/sdk';
import { localise } from './localise.js';
import type { ChallengeRecord, Content, LabelledRecord, LearningTrackRecord, PracticeRecord } from './records/schemas.js';
import { challengeText, labelText, learningTrackText, practiceText } from './records/translatable-text.js';

/**
 * What the builder resolves ids and looks labels up in. A caller gives what it will build with (the
 * server reads only that from its database): a resource that names an id not given is an error.
 */
export type BuilderInput = Partial<Pick<Content, 'organisations' | 'themes' | 'programmes'>>;

export class ResourceBuilder {
  readonly #organisations: Map<string, Organisation>;
  readonly #themes: Map<string, LabelledRecord>;
  readonly #programmes: Map<string, LabelledRecord>;

  constructor({ organisations = [], themes = [], programmes = [] }: BuilderInput) {
    this.#organisations = new Map(organisations.map((o) => [o.id, o]));
    this.#themes = new Map(themes.map((t) => [t.id, t]));
    this.#programmes = new Map(programmes.map((p) => [p.id, p]));
  }

  organisation(id: string): Organisation {
    const found = this.#organisations.get(id);
    if (!found) throw new Error(`The content names an unknown organisation: ${id}`);
    return found;
  }

  organisations(): Organisation[] {
    return [...this.#organisations.values()];
  }

  theme(id: string, lang: KnownLang): Theme {
    const found = this.#themes.get(id);
    if (!found) throw new Error(`The content names an unknown theme: ${id}`);
    return labelled(found, lang);
  }

  themes(lang: KnownLang): Theme[] {
    return [...this.#themes.values()].map((t) => labelled(t, lang));
  }

  practice(record: PracticeRecord, asked: KnownLang): Practice {
    const { translations, organisations, themes, ...rest } = record;
    const { text, lang } = localise(practiceText(record), translations, asked);
    return {
      ...rest,
      ...text,
      lang,
      organisations: organisations.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
    };
  }

  challenge(record: ChallengeRecord, asked: KnownLang): Challenge {
    const { translations, owners, partners, themes, programme, ...rest } = record;
    const { text, lang } = localise(challengeText(record), translations, asked);
    const programmeRecord = programme ? this.#programmes.get(programme) : undefined;
    return {
      ...rest,
      ...text,
      lang,
      owners: owners.map((id) => this.organisation(id)),
      partners: partners.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
      programme: programmeRecord && labelled(programmeRecord, asked),
    };
  }

  /** `seatsTaken`: the record's, or the seats as they stand with the applications taken since. */
  learningTrack(record: LearningTrackRecord, asked: KnownLang, seatsTaken = record.seatsTaken): LearningTrack {
    const { translations, organisers, themes, sessions, questions, consent, ...rest } = record;
    const { text, lang } = localise(learningTrackText(record), translations, asked);
    const { sessions: places, questions: questionText, consent: consentText, ...trackText } = text;
    return {
      ...rest,
      ...trackText,
      lang,
      seatsTaken,
      organisers: organisers.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
      sessions: sessions.map((session, i) => (session.location ? { ...session, location: places?.[i]?.location ?? session.location } : session)),
      questions: questions.map((question) => {
        const translated = questionText.find((q) => q.id === question.id);
        return { ...question, label: translated?.label ?? question.label, help: translated ? translated.help : question.help };
      }),
      consent: { ...consent, text: consentText.text },
    };
  }
}

function labelled(record: LabelledRecord, lang: KnownLang): Theme {
  return { id: record.id, label: localise(labelText(record), record.translations, lang).text.label };
}
