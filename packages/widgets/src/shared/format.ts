import type { UiLang } from './locale.js';

const LOCALES: Record<UiLang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The Intl locale for a UI language: Belgian Dutch and French, British English. */
export function intlLocale(lang: UiLang): string {
  return LOCALES[lang];
}

const BRUSSELS = { timeZone: 'Europe/Brussels' } as const;

/**
 * One formatter per locale and kind of value, made the first time it is needed: a feed renders
 * several dates and amounts per item, and making an Intl formatter costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
const dateFormat = (lang: UiLang, kind: string, options: Intl.DateTimeFormatOptions) =>
  cached(`${lang} ${kind}`, () => new Intl.DateTimeFormat(intlLocale(lang), options));

/**
 * A day-only value (YYYY-MM-DD) as a date, e.g. "1 januari 2017". Read and written in UTC so that
 * no time zone can move it to the day before.
 */
export function formatDay(day: string, lang: UiLang): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dateFormat(lang, 'day', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

/** A timestamp as a date in Brussels, whatever the reader's own time zone (CONTRACT.md §1). */
export function formatDate(timestamp: string, lang: UiLang): string {
  return dateFormat(lang, 'date', { ...BRUSSELS, dateStyle: 'long' }).format(new Date(timestamp));
}

/** A timestamp as date and time in Brussels, e.g. "15 december 2026 om 17:00". */
export function formatDateTime(timestamp: string, lang: UiLang): string {
  return dateFormat(lang, 'date-time', { ...BRUSSELS, dateStyle: 'long', timeStyle: 'short' }).format(new Date(timestamp));
}

/** A session in Brussels, e.g. "do 4 februari 2027, 09:30–16:30". */
export function formatSession(startsAt: string, endsAt: string, lang: UiLang): string {
  const day = dateFormat(lang, 'weekday', { ...BRUSSELS, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
  const time = dateFormat(lang, 'time', { ...BRUSSELS, hour: '2-digit', minute: '2-digit' });
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** The day `date` falls on in Brussels, as YYYY-MM-DD (en-CA writes it so). */
export function brusselsIsoDay(date: Date): string {
  return cached('brussels-day', () => new Intl.DateTimeFormat('en-CA', { ...BRUSSELS, year: 'numeric', month: '2-digit', day: '2-digit' })).format(date);
}

/** Calendar days from `now` to `moment` as the days fall in Brussels: 0 today, 1 tomorrow, -1 yesterday. */
export function brusselsDaysBetween(now: Date, moment: Date): number {
  const dayNumber = (date: Date) => Date.parse(`${brusselsIsoDay(date)}T00:00:00Z`) / 86_400_000;
  return Math.round(dayNumber(moment) - dayNumber(now));
}

/** An amount of money without cents, e.g. "€ 30.000" (nl-BE), "30 000 €" (fr-BE). */
export function formatMoney(amount: number, currency: string, lang: UiLang): string {
  return cached(`${lang} money ${currency}`, () => new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 })).format(
    amount,
  );
}
