import type { UiLang } from './locale.js';

const LOCALES: Record<UiLang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The Intl locale for a UI language: Belgian Dutch and French, British English. */
export function intlLocale(lang: UiLang): string {
  return LOCALES[lang];
}

/**
 * A day-only value (YYYY-MM-DD) as a date, e.g. "1 januari 2017". Read and written in UTC so that
 * no time zone can move it to the day before.
 */
export function formatDay(day: string, lang: UiLang): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

/** A timestamp as a date in Brussels, whatever the reader's own time zone (CONTRACT.md §1). */
export function formatDate(timestamp: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(timestamp));
}
