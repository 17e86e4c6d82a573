// CONTRACT.md §1: a translation is whole. It has every text field its Dutch text has, lists as long as
// the Dutch ones, and the same question ids in the same order; nothing the Dutch text lacks. Otherwise
// a resource served as French would be partly Dutch.
import type { RecordError } from './record-error.js';

const isGiven = (value: unknown) => value !== undefined && value !== null;

/** Where `translation` (already valid by its schema) differs in shape from `dutch`, as errors under `path`. */
export function wholeTranslationErrors(dutch: unknown, translation: unknown, path: string): RecordError[] {
  if (Array.isArray(dutch)) {
    if (!Array.isArray(translation)) return [{ path, message: 'Missing: a translation covers every text field of the Dutch text' }];
    if (translation.length !== dutch.length) return [{ path, message: `Has ${translation.length} items where the Dutch text has ${dutch.length}` }];
    return dutch.flatMap((item, i) => wholeTranslationErrors(item, translation[i], `${path}.${i}`));
  }
  if (dutch && typeof dutch === 'object') {
    if (!translation || typeof translation !== 'object') return [{ path, message: 'Missing: a translation covers every text field of the Dutch text' }];
    const dutchFields = dutch as Record<string, unknown>;
    const translated = translation as Record<string, unknown>;
    const errors: RecordError[] = [];
    for (const [key, value] of Object.entries(dutchFields)) {
      if (!isGiven(value)) continue;
      if (!isGiven(translated[key])) errors.push({ path: `${path}.${key}`, message: 'Missing: a translation covers every text field of the Dutch text' });
      else if (key === 'id' && translated[key] !== value)
        errors.push({ path: `${path}.${key}`, message: `Is ${String(translated[key])} where the Dutch text has ${String(value)} here` });
      else errors.push(...wholeTranslationErrors(value, translated[key], `${path}.${key}`));
    }
    for (const [key, value] of Object.entries(translated)) {
      if (isGiven(value) && !isGiven(dutchFields[key])) errors.push({ path: `${path}.${key}`, message: 'The Dutch text has no such field' });
    }
    return errors;
  }
  return [];
}
