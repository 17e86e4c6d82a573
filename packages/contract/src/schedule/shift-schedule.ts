// The bundled content's dates are relative to when it is loaded: they were written for one day, and
// move by whole days to the day they are loaded on, so a fresh start next year still shows open
// challenges and open tracks. A deadline keeps its time of day in Brussels across a daylight-saving
// change (17:00 stays 17:00, in CET or CEST); a timestamp in another offset moves by whole days of 24 h.
import type { Content } from '../records/schemas.js';
import { brusselsDay, brusselsOffsetAtWallTime, daysBetween } from './brussels.js';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
const BRUSSELS_OFFSETS = ['+01:00', '+02:00'];
const pad = (n: number) => String(n).padStart(2, '0');

/** An RFC 3339 timestamp moved by `days` calendar days. */
export function shiftTimestamp(timestamp: string, days: number): string {
  const m = TIMESTAMP.exec(timestamp);
  if (!m || days === 0) return timestamp;
  const [, y, mo, d, h, mi, s, fraction = '', offset] = m;
  if (!BRUSSELS_OFFSETS.includes(offset!)) {
    const moved = new Date(Date.parse(timestamp) + days * 86_400_000).toISOString();
    return offset === 'Z' ? moved.replace(/\.\d{3}Z$/, `${fraction}Z`) : timestamp.replace(/^.{19}/, shiftedWallTime(moved, offset!));
  }
  // The same wall time `days` later, with the offset Brussels has then.
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d) + days, Number(h), Number(mi), Number(s));
  const hours = brusselsOffsetAtWallTime(wall);
  const date = new Date(wall);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction}+0${hours}:00`;
}

/** A UTC instant (ISO) as the wall time of a fixed offset, `YYYY-MM-DDTHH:MM:SS`. */
function shiftedWallTime(utcIso: string, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  return new Date(Date.parse(utcIso) + sign * (oh! * 60 + om!) * 60_000).toISOString().slice(0, 19);
}

/** Every date of the content's schedule (deadlines, windows, sessions, and when each was updated) moved by `days`. */
export function shiftSchedule(content: Content, days: number): Content {
  if (days === 0) return content;
  const shift = <T extends string | null | undefined>(value: T): T => (typeof value === 'string' ? (shiftTimestamp(value, days) as T) : value);
  return {
    ...content,
    practices: content.practices.map((p) => ({ ...p, updatedAt: shift(p.updatedAt) })),
    challenges: content.challenges.map((c) => ({ ...c, opensAt: shift(c.opensAt), closesAt: shift(c.closesAt), updatedAt: shift(c.updatedAt) })),
    learningTracks: content.learningTracks.map((t) => ({
      ...t,
      applicationOpensAt: shift(t.applicationOpensAt),
      applicationClosesAt: shift(t.applicationClosesAt),
      sessions: t.sessions.map((s) => ({ ...s, startsAt: shift(s.startsAt), endsAt: shift(s.endsAt) })),
      updatedAt: shift(t.updatedAt),
    })),
  };
}

/** `content`, written for day `writtenFor` (YYYY-MM-DD), as of the Brussels day of `now`. */
export function contentAsOf(content: Content, writtenFor: string, now: Date): Content {
  return shiftSchedule(content, daysBetween(writtenFor, brusselsDay(now)));
}
