// Dates in a mail as people read them: in Europe/Brussels, the network's time zone (CONTRACT.md §1),
// whatever zone the server runs in, in the mail's language.
import type { Session } from '@ino/sdk';
import type { MailTexts } from './mail-texts.js';

const ZONE = 'Europe/Brussels';

type Formats = { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat };

// Made once per language: making an Intl.DateTimeFormat costs more than the mail it formats.
const byLocale = new Map<string, Formats>();

function formats(locale: string): Formats {
  let made = byLocale.get(locale);
  if (!made) {
    made = {
      day: new Intl.DateTimeFormat(locale, { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    byLocale.set(locale, made);
  }
  return made;
}

/** "maandag 7 december 2026 om 17:00". */
export function brusselsDayAt(texts: MailTexts, instant: string): string {
  const { day, time } = formats(texts.locale);
  const at = new Date(instant);
  return texts.dayAt(day.format(at), time.format(at));
}

/** One line per session: "donderdag 4 februari 2027, 09:30–16:30, Brussel". */
export function sessionLine(texts: MailTexts, session: Session): string {
  const { day, time } = formats(texts.locale);
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const until = day.format(end) === day.format(start) ? `–${time.format(end)}` : ` – ${day.format(end)}, ${time.format(end)}`;
  return `${day.format(start)}, ${time.format(start)}${until}, ${session.location || texts.online}`;
}
