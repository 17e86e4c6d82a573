// Calendar days and offsets in Europe/Brussels, where the network's deadlines are set (CONTRACT.md §1).
// Through Intl, which carries the time-zone rules, in Node and in the browser alike.

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' });

/** The calendar day in Brussels at `instant`, as YYYY-MM-DD. */
export function brusselsDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** Brussels' offset from UTC at `instant`, in hours: 1 in winter (CET), 2 in summer (CEST). */
export function brusselsOffsetHours(instant: number): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+1';
  return Number(/GMT([+-]\d+)/.exec(name)?.[1] ?? 1);
}

/**
 * Brussels' offset in hours for a wall time there (`wall`: the wall time's fields read as UTC). A wall
 * time that does not exist (the spring-forward hour) takes the winter offset: the instant an hour on.
 */
export function brusselsOffsetAtWallTime(wall: number): number {
  return [1, 2].find((candidate) => brusselsOffsetHours(wall - candidate * 3_600_000) === candidate) ?? 1;
}

/**
 * `days` calendar days after `instant`, at the same time of day in Brussels: 16:30 in winter is 16:30
 * in summer too, so a day across a daylight-saving change is 23 or 25 hours.
 */
export function addBrusselsDays(instant: Date, days: number): Date {
  const wall = instant.getTime() + brusselsOffsetHours(instant.getTime()) * 3_600_000 + days * 86_400_000;
  return new Date(wall - brusselsOffsetAtWallTime(wall) * 3_600_000);
}

/** Whole calendar days from day `from` to day `to` (YYYY-MM-DD each). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
