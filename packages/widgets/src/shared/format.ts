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

/** A timestamp as date and time in Brussels, e.g. "15 december 2026 om 17:00". */
export function formatDateTime(timestamp: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(timestamp));
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar days from `now` to `moment` as the days fall in Brussels: 0 today, 1 tomorrow, -1 yesterday. */
export function brusselsDaysBetween(now: Date, moment: Date): number {
  const dayNumber = (date: Date) => Date.parse(`${brusselsDay.format(date)}T00:00:00Z`) / 86_400_000;
  return Math.round(dayNumber(moment) - dayNumber(now));
}

/** An amount of money without cents, e.g. "€ 30.000" (nl-BE), "30 000 €" (fr-BE). */
export function formatMoney(amount: number, currency: string, lang: UiLang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}
