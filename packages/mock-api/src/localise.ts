import { LANGS } from '@ino/sdk';
import type { Lang, LocalisedLabel, Translations } from './dataset/records.js';

/** The language asked for, or Dutch when none or an unsupported one is asked (CONTRACT.md §1). */
export function requestedLang(value: string | null): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'nl';
}

/** A label in the language, else in Dutch. */
export function label(value: LocalisedLabel, lang: Lang): string {
  return value[lang] ?? value.nl;
}

/**
 * A record's text in the language: each field from the translation when it has one, else Dutch.
 * `lang` says which language the record's text is in: the asked one when a translation exists.
 */
export function localiseText<T extends object>(dutch: T, translations: Translations<T> | undefined, lang: Lang): { text: T; lang: Lang } {
  const translation = lang === 'nl' ? undefined : translations?.[lang];
  if (!translation) return { text: dutch, lang: 'nl' };
  const text = { ...dutch };
  for (const [key, value] of Object.entries(translation)) if (value !== undefined) (text as Record<string, unknown>)[key] = value;
  return { text, lang };
}
