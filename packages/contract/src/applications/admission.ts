import type { LearningTrack } from '@ino/sdk';

export type Admission = { status: 'received' } | { status: 'confirmed' } | { status: 'waitlisted'; waitlistPosition: number };

/**
 * What an accepted application becomes, given the track as it stands and how many are on its
 * waitlist: `received` on a selection track (reviewed later), `confirmed` while seats last, then
 * `waitlisted` at the next position; undefined when the track is full and keeps no waitlist.
 */
export function admit(track: Pick<LearningTrack, 'admission' | 'seats' | 'seatsTaken' | 'waitlist'>, waitlisted: number): Admission | undefined {
  if (track.admission === 'selection') return { status: 'received' };
  if (track.seats == null || track.seatsTaken < track.seats) return { status: 'confirmed' };
  return track.waitlist ? { status: 'waitlisted', waitlistPosition: waitlisted + 1 } : undefined;
}
