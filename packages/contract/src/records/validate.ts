// Validates records one by one (what an organiser's PUT of one record will need) and a whole content
// document (what the mock and the server load): each record against its schema, its translations
// whole, every id it names known; in a document also every id unique within its collection.
import { ContentError, type RecordError } from './record-error.js';
import { COLLECTIONS, RECORD_SCHEMAS, TRANSLATION_LANGS, type Collection, type Content, type RecordOf } from './schemas.js';
import { translatableText } from './translatable-text.js';
import { wholeTranslationErrors } from './whole-translation.js';

/** The ids a record may name: those of the organisations, themes and programmes in the store. */
export interface KnownIds {
  organisations: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  programmes: ReadonlySet<string>;
}

type Referenced = keyof KnownIds;
const NOUN: Record<Referenced, string> = { organisations: 'organisation', themes: 'theme', programmes: 'programme' };

/** Each field of a record that names other records, and which collection it names. */
function referencesOf<C extends Collection>(
  collection: C,
  record: RecordOf<C>,
): [field: string, ids: readonly (string | null | undefined)[], of: Referenced][] {
  switch (collection) {
    case 'practices': {
      const practice = record as RecordOf<'practices'>;
      return [
        ['organisations', practice.organisations, 'organisations'],
        ['themes', practice.themes, 'themes'],
      ];
    }
    case 'challenges': {
      const challenge = record as RecordOf<'challenges'>;
      return [
        ['owners', challenge.owners, 'organisations'],
        ['partners', challenge.partners, 'organisations'],
        ['themes', challenge.themes, 'themes'],
        ['programme', [challenge.programme], 'programmes'],
      ];
    }
    case 'learningTracks': {
      const track = record as RecordOf<'learningTracks'>;
      return [
        ['organisers', track.organisers, 'organisations'],
        ['themes', track.themes, 'themes'],
      ];
    }
    default:
      return [];
  }
}

/** zod's message, except for a field that is not there at all: "Missing" says it better than "Invalid input". */
function messageOf(issue: { code: string; path: PropertyKey[]; message: string }, input: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), input);
  return value === undefined ? 'Missing: this field is required' : issue.message;
}

export type RecordResult<C extends Collection> = { record: RecordOf<C>; errors?: undefined } | { record?: undefined; errors: RecordError[] };

/** One record of `collection`, checked whole; error paths are relative to the record (`translations.fr.title`). */
export function validateRecord<C extends Collection>(collection: C, input: unknown, known: KnownIds): RecordResult<C> {
  const parsed = RECORD_SCHEMAS[collection].safeParse(input);
  if (!parsed.success) return { errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: messageOf(issue, input) })) };
  const record = parsed.data as RecordOf<C>;
  const errors: RecordError[] = [];
  const dutch = translatableText(collection, record);
  const translations = (record as { translations?: Partial<Record<string, unknown>> }).translations;
  for (const lang of TRANSLATION_LANGS) {
    const translation = translations?.[lang];
    if (translation !== undefined && dutch) errors.push(...wholeTranslationErrors(dutch, translation, `translations.${lang}`));
  }
  for (const [field, ids, of] of referencesOf(collection, record)) {
    const single = field === 'programme';
    ids.forEach((id, i) => {
      if (id != null && !known[of].has(id)) errors.push({ path: single ? field : `${field}.${i}`, message: `No ${NOUN[of]} has the id ${id}` });
    });
  }
  return errors.length ? { errors } : { record };
}

const idsIn = (document: Record<string, unknown>, collection: Referenced): Set<string> =>
  new Set(
    (Array.isArray(document[collection]) ? (document[collection] as unknown[]) : []).flatMap((r) =>
      r && typeof (r as { id?: unknown }).id === 'string' ? [(r as { id: string }).id] : [],
    ),
  );

export type ContentResult = { content: Content; errors?: undefined } | { content?: undefined; errors: RecordError[] };

/** A whole content document; error paths name the record (`practices.3.translations.fr.title`). */
export function validateContent(document: unknown): ContentResult {
  if (!document || typeof document !== 'object' || Array.isArray(document))
    return { errors: [{ path: '', message: 'Content is an object with one list per collection' }] };
  const input = document as Record<string, unknown>;
  const errors: RecordError[] = [];
  for (const key of Object.keys(input))
    if (!(COLLECTIONS as string[]).includes(key)) errors.push({ path: key, message: `Not a collection of the content store (${COLLECTIONS.join(', ')})` });
  const known: KnownIds = { organisations: idsIn(input, 'organisations'), themes: idsIn(input, 'themes'), programmes: idsIn(input, 'programmes') };
  const content = {} as Record<Collection, unknown[]>;
  for (const collection of COLLECTIONS) {
    const records = input[collection];
    if (!Array.isArray(records)) {
      errors.push({ path: collection, message: 'Missing: a list of records' });
      continue;
    }
    const firstIndexOf = new Map<string, number>();
    content[collection] = records.map((record, i) => {
      const result = validateRecord(collection, record, known);
      if (result.errors)
        errors.push(...result.errors.map((e) => ({ path: e.path ? `${collection}.${i}.${e.path}` : `${collection}.${i}`, message: e.message })));
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string') {
        const first = firstIndexOf.get(id);
        if (first === undefined) firstIndexOf.set(id, i);
        else errors.push({ path: `${collection}.${i}.id`, message: `${collection}.${first} has the id ${id} too` });
      }
      return result.record;
    });
  }
  return errors.length ? { errors } : { content: content as unknown as Content };
}

/** A content document, or a ContentError naming every path that is wrong; `source` names it in the message. */
export function parseContent(document: unknown, source: string): Content {
  const result = validateContent(document);
  if (result.errors) throw new ContentError(source, result.errors);
  return result.content;
}
