import { LANGS, type KnownLang } from '@ino/sdk';
import type { TranslationLang } from './records/schemas.js';

/** The language asked for, or Dutch when none or an unsupported one is asked (CONTRACT.md §1). */
export function requestedLang(value: string | null): KnownLang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as KnownLang) : 'nl';
}

/**
 * A record's text in the asked language: its translation when it has one (a translation is whole, so it
 * replaces the Dutch text entirely), else the Dutch text. `lang` says which language the text is in.
 */
export function localise<T>(dutch: T, translations: Partial<Record<TranslationLang, T>> | null | undefined, asked: KnownLang): { text: T; lang: KnownLang } {
  const translation = asked === 'nl' ? undefined : translations?.[asked];
  return translation ? { text: translation, lang: asked } : { text: dutch, lang: 'nl' };
}
