// What the clock decides about a status (CONTRACT.md §3.2, §3.3): a challenge past its `closesAt` is not
// open, whatever its stored status says; a track takes applications only inside its window. The
// server filters and answers by these, the mock too, and the widgets apply them again to what they
// show, so a stale cached answer never calls something open that has closed.
import type { Challenge } from './schemas/challenge.js';
import { APPLICABLE_TRACK_STATUSES, type LearningTrack } from './schemas/learning-track.js';

/** The moment has come (at `now` or before). Absent means never. */
const reached = (at: string | null | undefined, now: Date) => at != null && Date.parse(at) <= now.getTime();

/** A challenge's status at `now`: open or announced ones close at `closesAt`; announced ones open at `opensAt`. */
export function challengeStatusAt(challenge: Pick<Challenge, 'status' | 'opensAt' | 'closesAt'>, now: Date): Challenge['status'] {
  const { status } = challenge;
  if ((status === 'open' || status === 'announced') && reached(challenge.closesAt, now)) return 'closed';
  if (status === 'announced' && reached(challenge.opensAt, now)) return 'open';
  return status;
}

/** The statuses whose meaning the application window decides. */
const WINDOWED = ['announced', 'open', 'waitlist'];

/**
 * A track's status at `now`: inside its application window it is open (or `waitlist` when a track
 * that keeps one is full), before it `announced`, after it `closed`. Other statuses (running, completed,
 * cancelled, closed) are the organiser's and stay.
 */
export function trackStatusAt(
  track: Pick<LearningTrack, 'status' | 'applicationOpensAt' | 'applicationClosesAt' | 'seats' | 'seatsTaken' | 'waitlist'>,
  now: Date,
): LearningTrack['status'] {
  const { status } = track;
  if (!WINDOWED.includes(status)) return status;
  if (reached(track.applicationClosesAt, now)) return 'closed';
  if (track.applicationOpensAt && !reached(track.applicationOpensAt, now)) return 'announced';
  if (status === 'announced' && !track.applicationOpensAt) return 'announced';
  const full = track.seats != null && track.seatsTaken >= track.seats;
  return full && track.waitlist ? 'waitlist' : status === 'waitlist' ? 'waitlist' : 'open';
}

/** Whether a track takes applications at `now` (CONTRACT.md §3.3: only `open` and `waitlist`). */
export function takesApplicationsAt(track: Parameters<typeof trackStatusAt>[0], now: Date): boolean {
  return APPLICABLE_TRACK_STATUSES.includes(trackStatusAt(track, now));
}
