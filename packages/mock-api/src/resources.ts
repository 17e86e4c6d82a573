// Turns normalised records into CONTRACT.md resources in one language: ids resolved into
// organisations, themes and programmes, text localised with Dutch fallback.
import type { Challenge, LearningTrack, Organisation, ParticipationLadder, Practice, Theme } from '@ino/sdk';
import type { Dataset } from './dataset/index.js';
import type { ChallengeRecord, Lang, LearningTrackRecord, PracticeRecord } from './dataset/records.js';
import { label, localiseText } from './localise.js';

/**
 * What the builder resolves ids and looks labels up in. A caller gives what it will build with (the
 * server reads only that from its database): a resource that names an id not given is an error.
 */
export type BuilderInput = Partial<Pick<Dataset, 'organisations' | 'themes' | 'programmes' | 'ladder'>>;

export class ResourceBuilder {
  readonly #organisations: Map<string, Organisation>;
  readonly #themes: Map<string, Dataset['themes'][number]>;
  readonly #programmes: Map<string, Dataset['programmes'][number]>;
  readonly #ladder: Dataset['ladder'] | undefined;

  constructor({ organisations = [], themes = [], programmes = [], ladder }: BuilderInput) {
    this.#organisations = new Map(organisations.map((o) => [o.id, o as Organisation]));
    this.#themes = new Map(themes.map((t) => [t.id, t]));
    this.#programmes = new Map(programmes.map((p) => [p.id, p]));
    this.#ladder = ladder;
  }

  organisation(id: string): Organisation {
    const found = this.#organisations.get(id);
    if (!found) throw new Error(`The dataset names an unknown organisation: ${id}`);
    return found;
  }

  organisations(): Organisation[] {
    return [...this.#organisations.values()];
  }

  theme(id: string, lang: Lang): Theme {
    const found = this.#themes.get(id);
    if (!found) throw new Error(`The dataset names an unknown theme: ${id}`);
    return { id, label: label(found.label, lang) };
  }

  themes(lang: Lang): Theme[] {
    return [...this.#themes.values()].map((t) => ({ id: t.id, label: label(t.label, lang) }));
  }

  practice(record: PracticeRecord, asked: Lang): Practice {
    const { translations: _t, organisations, themes, ...rest } = record;
    const { text, lang } = localiseText(pickPracticeText(record), record.translations, asked);
    return {
      ...rest,
      ...text,
      lang,
      organisations: organisations.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
    };
  }

  challenge(record: ChallengeRecord, asked: Lang): Challenge {
    const { translations: _t, owners, partners, themes, programme, ...rest } = record;
    const { text, lang } = localiseText({ title: record.title, summary: record.summary, description: record.description, steps: record.steps }, record.translations, asked);
    const programmeRecord = programme ? this.#programmes.get(programme) : undefined;
    return {
      ...rest,
      ...text,
      lang,
      owners: owners.map((id) => this.organisation(id)),
      partners: partners.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
      programme: programmeRecord ? { id: programmeRecord.id, label: label(programmeRecord.label, asked) } : undefined,
    };
  }

  learningTrack(record: LearningTrackRecord, asked: Lang, seatsTaken = record.seatsTaken): LearningTrack {
    const { translations: _t, organisers, themes, questions, consentVersion, consentText: _c, privacyUrl, ...rest } = record;
    const { text, lang } = localiseText(
      { title: record.title, summary: record.summary, description: record.description, audience: record.audience, consentText: record.consentText },
      record.translations,
      asked,
    );
    const { consentText, ...trackText } = text;
    return {
      ...rest,
      ...trackText,
      lang,
      seatsTaken,
      organisers: organisers.map((id) => this.organisation(id)),
      themes: themes.map((id) => this.theme(id, asked)),
      questions: questions.map((q) => ({
        id: q.id,
        label: label(q.label, asked),
        help: q.help ? label(q.help, asked) : undefined,
        required: q.required,
        maxLength: q.maxLength,
      })),
      consent: { version: consentVersion, text: consentText, privacyUrl },
    };
  }

  ladder(lang: Lang): ParticipationLadder {
    if (!this.#ladder) throw new Error('The builder was given no participation ladder.');
    return {
      version: this.#ladder.version,
      lang,
      rungs: this.#ladder.rungs.map((rung) => ({ level: rung.level, key: rung.key, ...rung.text[lang] })),
    };
  }
}

function pickPracticeText(record: PracticeRecord) {
  const { title, summary, description, whatWorked, whatDidNotWork, lessons, figures, links } = record;
  return { title, summary, description, whatWorked, whatDidNotWork, lessons, figures, links };
}
