// How an application is shown (CONTRACT.md §3.7, §4.2): to its applicant (MyApplication, by the manage
// token) and to organisers (with its history; without the personal data once that is erased, §4.3).
// One SELECT list and two builders, so the applicant's view, the organiser's list, one application and
// a subject access request all say the same.
import type { MyApplication, OrganiserApplication } from '@ino/sdk';
import type { HistoryEntry, ValidApplication } from '@ino/contract';

/** The columns the builders read; `a` is the applications table. */
export const APPLICATION_COLUMNS =
  'a.id, a.track_id, a.status, a.waitlist_position, a.offer_expires_at, a.request, a.lang, a.received_at, a.updated_at, a.history, a.erased_at';

export interface ApplicationRow {
  id: string;
  track_id: string;
  status: string;
  waitlist_position: number | null;
  offer_expires_at: Date | null;
  /** What the person sent, as validated; null once erased. */
  request: ValidApplication | null;
  lang: string;
  received_at: Date;
  updated_at: Date;
  history: HistoryEntry[];
  erased_at: Date | null;
}

const iso = (date: Date) => new Date(date).toISOString();

function common(row: ApplicationRow) {
  return {
    id: row.id,
    trackId: row.track_id,
    status: row.status,
    ...(row.waitlist_position === null ? {} : { waitlistPosition: row.waitlist_position }),
    ...(row.offer_expires_at === null ? {} : { offerExpiresAt: iso(row.offer_expires_at) }),
    lang: row.lang as MyApplication['lang'],
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
  };
}

function personal(request: ValidApplication) {
  return {
    givenName: request.givenName,
    familyName: request.familyName,
    email: request.email,
    organisation: request.organisation,
    ...(request.role ? { role: request.role } : {}),
    answers: request.answers as Record<string, string>,
  };
}

/** The applicant's own view; only for an application whose data is still held. */
export function myApplicationOf(row: ApplicationRow & { request: ValidApplication }): MyApplication {
  return { ...common(row), ...personal(row.request) };
}

/** The organisers' view: the applicant's plus the history; once erased, without the personal fields. */
export function organiserApplicationOf(row: ApplicationRow): OrganiserApplication {
  return {
    ...common(row),
    ...(row.request ? personal(row.request) : {}),
    ...(row.erased_at === null ? {} : { erasedAt: iso(row.erased_at) }),
    history: row.history,
  };
}
