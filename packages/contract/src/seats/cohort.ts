// The seat rules of CONTRACT.md §4.2 as one state machine over a track's applications (a cohort):
// applying, the organiser's decisions, the applicant's cancel and accept, offers that expire, and a
// change of the number of seats. Pure: each step takes a cohort and returns the next one with what it
// answers, so the server can run it in one transaction under the track's row lock and the mock in
// memory, and a property test can drive it against the invariants (see test/cohort.test.ts).
//
// Seats taken are `confirmed` plus `offered`, never more than `seats`. When a seat frees (a
// cancellation, an expired offer, more seats), the first in line on the waitlist is offered it until
// the offer window ends (never past the first session); accepted, the offer is `confirmed`; expired,
// it is `cancelled` and the seat goes on to the next. Those behind move up.
import type { Decision, LearningTrack } from '@ino/sdk';
import { seatProblems, type SeatProblem } from './seat-problems.js';

/** How long an offer holds a seat unless the operator says otherwise (INO_OFFER_WINDOW): 72 hours. */
export const DEFAULT_OFFER_WINDOW_SECONDS = 259_200;

export const ACTIVE_STATUSES = ['received', 'confirmed', 'waitlisted', 'offered'] as const;
export type SeatStatus = (typeof ACTIVE_STATUSES)[number] | 'declined' | 'cancelled';

export interface HistoryEntry {
  at: string;
  from: SeatStatus | null;
  to: SeatStatus;
  /** Who: the organiser's token name or OIDC subject, `applicant`, or `system` (an offer, an expiry). */
  by: string;
  note?: string;
}

export interface SeatApplication {
  id: string;
  status: SeatStatus;
  /** 1 = next in line; only while `waitlisted`. */
  waitlistPosition?: number;
  /** Only while `offered`. */
  offerExpiresAt?: string;
  history: HistoryEntry[];
}

export interface Cohort {
  /** Absent: no limit. */
  seats: number | null;
  admission: 'first-come' | 'selection' | (string & {});
  waitlist: boolean;
  /** How long an offer holds a seat (the operator's INO_OFFER_WINDOW). */
  offerWindowMs: number;
  /** Offers never run past the first session's start. */
  firstSessionAt: string | null;
  /** In the order they were received. */
  applications: readonly SeatApplication[];
}

/**
 * A track's cohort from its record and its applications. Seats the content says were taken outside
 * this service (its `seatsTaken` when loaded) are not this cohort's to give: they come off its seats.
 */
export function cohortOf(
  track: Pick<LearningTrack, 'seats' | 'admission' | 'waitlist' | 'sessions'>,
  seatsTakenElsewhere: number,
  applications: readonly SeatApplication[],
  offerWindowMs: number,
): Cohort {
  return {
    seats: track.seats == null ? null : Math.max(0, track.seats - seatsTakenElsewhere),
    admission: track.admission,
    waitlist: track.waitlist,
    offerWindowMs,
    firstSessionAt: track.sessions.map((s) => s.startsAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null,
    applications,
  };
}

export type Step = { cohort: Cohort; application: SeatApplication } | { cohort: Cohort; problem: SeatProblem };

const iso = (date: Date) => date.toISOString();
const isActive = (status: SeatStatus) => (ACTIVE_STATUSES as readonly string[]).includes(status);

export const seatsTaken = (cohort: Pick<Cohort, 'applications'>) =>
  cohort.applications.filter((a) => a.status === 'confirmed' || a.status === 'offered').length;
const hasFreeSeat = (cohort: Cohort) => cohort.seats === null || seatsTaken(cohort) < cohort.seats;

/** The waitlist in line order. */
export const waitingLine = (cohort: Pick<Cohort, 'applications'>) =>
  cohort.applications.filter((a) => a.status === 'waitlisted').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);

function moved(application: SeatApplication, to: SeatStatus, at: Date, by: string, note?: string, extra: Partial<SeatApplication> = {}): SeatApplication {
  const { waitlistPosition: _position, offerExpiresAt: _expires, ...rest } = application;
  const entry: HistoryEntry = { at: iso(at), from: application.status, to, by, ...(note ? { note } : {}) };
  return { ...rest, ...extra, status: to, history: [...application.history, entry] };
}

function replace(cohort: Cohort, next: SeatApplication): Cohort {
  return { ...cohort, applications: cohort.applications.map((a) => (a.id === next.id ? next : a)) };
}

/** Positions 1..n in line order, with no gaps. */
function renumbered(cohort: Cohort): Cohort {
  const line = waitingLine(cohort);
  const position = new Map(line.map((a, i) => [a.id, i + 1]));
  return {
    ...cohort,
    applications: cohort.applications.map((a) =>
      position.has(a.id) && a.waitlistPosition !== position.get(a.id) ? { ...a, waitlistPosition: position.get(a.id) } : a,
    ),
  };
}

/** Offers every free seat to the first in line, until the seats or the line run out. */
function offerFreeSeats(cohort: Cohort, now: Date): Cohort {
  let next = renumbered(cohort);
  for (let first = waitingLine(next)[0]; first && hasFreeSeat(next); first = waitingLine(next)[0]) {
    const until = Math.min(now.getTime() + next.offerWindowMs, next.firstSessionAt ? Date.parse(next.firstSessionAt) : Number.POSITIVE_INFINITY);
    next = renumbered(replace(next, moved(first, 'offered', now, 'system', undefined, { offerExpiresAt: iso(new Date(until)) })));
  }
  return next;
}

/** Offers past their deadline become `cancelled` (the history says why), and their seats pass on. */
export function expireOffers(cohort: Cohort, now: Date): Cohort {
  const expired = cohort.applications.filter((a) => a.status === 'offered' && Date.parse(a.offerExpiresAt!) <= now.getTime());
  const next = expired.reduce((c, a) => replace(c, moved(a, 'cancelled', now, 'system', 'offer-expired')), cohort);
  return offerFreeSeats(next, now);
}

/** A new application: `received` (selection), `confirmed` (a free seat), `waitlisted` at the end of the line, or 410 when full without a waitlist. */
export function applyTo(cohort: Cohort, id: string, now: Date): Step {
  const current = expireOffers(cohort, now);
  const status: SeatStatus | undefined =
    current.admission === 'selection'
      ? 'received'
      : hasFreeSeat(current) && !waitingLine(current).length
        ? 'confirmed'
        : current.waitlist
          ? 'waitlisted'
          : undefined;
  if (!status) return { cohort: current, problem: seatProblems.full() };
  const application: SeatApplication = {
    id,
    status,
    ...(status === 'waitlisted' ? { waitlistPosition: waitingLine(current).length + 1 } : {}),
    history: [{ at: iso(now), from: null, to: status, by: 'applicant' }],
  };
  const next = { ...current, applications: [...current.applications, application] };
  return { cohort: next, application };
}

/** What an organiser decides (CONTRACT.md §4.2), from the statuses each decision is allowed from. */
export function decide(cohort: Cohort, id: string, decision: Decision, now: Date, by: string, note?: string): Step {
  const current = expireOffers(cohort, now);
  const application = current.applications.find((a) => a.id === id);
  if (!application) return { cohort: current, problem: seatProblems.unknownApplication(id) };
  const { status } = application;
  let next: SeatApplication;
  switch (decision) {
    case 'select':
      if (status !== 'received' && status !== 'waitlisted' && status !== 'offered')
        return { cohort: current, problem: seatProblems.notAllowed(`A ${status} application cannot be selected.`) };
      // An offered application holds its seat already; the others need a free one.
      if (status !== 'offered' && !hasFreeSeat(current)) return { cohort: current, problem: seatProblems.seatsExhausted() };
      next = moved(application, 'confirmed', now, by, note);
      break;
    case 'decline':
      if (status !== 'received' && status !== 'waitlisted')
        return { cohort: current, problem: seatProblems.notAllowed(`A ${status} application cannot be declined.`) };
      next = moved(application, 'declined', now, by, note);
      break;
    case 'waitlist':
      if (status !== 'received') return { cohort: current, problem: seatProblems.notAllowed(`A ${status} application cannot be put on the waitlist.`) };
      next = moved(application, 'waitlisted', now, by, note, { waitlistPosition: waitingLine(current).length + 1 });
      break;
    case 'cancel':
      if (!isActive(status)) return { cohort: current, problem: seatProblems.notAllowed(`A ${status} application cannot be cancelled.`) };
      next = moved(application, 'cancelled', now, by, note);
      break;
  }
  const after = offerFreeSeats(replace(current, next), now);
  return { cohort: after, application: after.applications.find((a) => a.id === id)! };
}

/** The applicant cancels (§3.7): any active application; again, it stays as it is. */
export function cancelByApplicant(cohort: Cohort, id: string, now: Date): Step {
  const current = expireOffers(cohort, now);
  const application = current.applications.find((a) => a.id === id);
  if (!application) return { cohort: current, problem: seatProblems.unknownApplication(id) };
  if (!isActive(application.status)) return { cohort: current, application };
  const after = offerFreeSeats(replace(current, moved(application, 'cancelled', now, 'applicant')), now);
  return { cohort: after, application: after.applications.find((a) => a.id === id)! };
}

/** The applicant accepts an offered seat (§3.7): `confirmed`; 410 when the offer has expired; 409 when nothing is offered. */
export function acceptOffer(cohort: Cohort, id: string, now: Date): Step {
  const application = cohort.applications.find((a) => a.id === id);
  if (!application) return { cohort, problem: seatProblems.unknownApplication(id) };
  const expiredNow = application.status === 'offered' && Date.parse(application.offerExpiresAt!) <= now.getTime();
  const current = expireOffers(cohort, now);
  if (expiredNow) return { cohort: current, problem: seatProblems.offerExpired() };
  const still = current.applications.find((a) => a.id === id)!;
  if (still.status !== 'offered') return { cohort: current, problem: seatProblems.notAllowed(`Nothing is offered to a ${still.status} application.`) };
  const after = replace(current, moved(still, 'confirmed', now, 'applicant'));
  return { cohort: after, application: after.applications.find((a) => a.id === id)! };
}

/**
 * The track's record changes its number of seats: more seats are offered to those in line. Fewer take
 * no confirmed seat back, but offers over the new number go back to the front of the line, latest
 * offer first, so that seats taken never exceed seats while anything is merely offered.
 */
export function setSeats(cohort: Cohort, seats: number | null, now: Date): Cohort {
  let next = expireOffers({ ...cohort, seats }, now);
  const offers = next.applications.filter((a) => a.status === 'offered');
  for (let i = offers.length - 1; i >= 0 && seats !== null && seatsTaken(next) > seats; i--) {
    // Position 0 puts it before everyone; renumbering makes it 1 and moves the others down.
    next = replace(next, moved(offers[i]!, 'waitlisted', now, 'system', 'seats-reduced', { waitlistPosition: 0 }));
    next = renumbered(next);
  }
  return offerFreeSeats(next, now);
}
