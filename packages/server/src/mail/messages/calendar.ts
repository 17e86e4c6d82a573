// The iCalendar file of a confirmation (CONTRACT.md §5): one VEVENT per session, its times in
// Europe/Brussels (TZID, with the zone's rules as a VTIMEZONE so every calendar reads them alike).
// The UID of a session stays the same in every mail, so a second confirmation updates the events
// instead of adding them twice.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Session } from '@ino/sdk';

const ZONE = 'Europe/Brussels';

/** Belgium's rules since 1996 (the EU's): summer time from the last Sunday of March to the last of October. */
const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarFacts {
  trackId: string;
  title: string;
  sessions: readonly Session[];
  /** Where the UIDs live: the sender's domain. */
  domain: string;
  /** What the calendar says where a session has no place. */
  online: string;
  /** DTSTAMP: when the mail was written, so a resent mail is the same file. */
  stamp: Date;
}

export function sessionsCalendar({ trackId, title, sessions, domain, online, stamp }: CalendarFacts): string {
  const calendar = ical({
    prodId: { company: 'InnovatieNetwerk Overheid', product: 'ino-server', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // No zone for the calendar itself (DTSTAMP stays UTC); the generator writes the events' zone.
    timezone: { name: null, generator: (zone) => (zone === ZONE ? BRUSSELS_VTIMEZONE : null) },
  });
  sessions.forEach((session, i) => {
    calendar.createEvent({
      id: `${trackId}-${i + 1}@${domain}`,
      stamp,
      start: DateTime.fromISO(session.startsAt).setZone(ZONE),
      end: DateTime.fromISO(session.endsAt).setZone(ZONE),
      timezone: ZONE,
      summary: title,
      location: session.location || online,
    });
  });
  return calendar.toString();
}
