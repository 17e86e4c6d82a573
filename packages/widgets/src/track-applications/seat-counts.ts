import type { LearningTrack, OrganiserApplication } from '@ino/sdk';

/** The seats summary of one track, counted from its applications as loaded (so a decision updates it at once). */
export interface SeatCounts {
  /** The track's number of seats; undefined when it has no limit. */
  seats?: number;
  /** Confirmed plus offered: a held offer takes its seat (§4.2). */
  taken: number;
  offered: number;
  waitlisted: number;
  /** Still to be reviewed (`received`). */
  toReview: number;
  /** Every application, whatever its status. */
  total: number;
}

export function seatCounts(track: Pick<LearningTrack, 'seats'>, applications: readonly Pick<OrganiserApplication, 'status'>[]): SeatCounts {
  const count = (status: string) => applications.filter((a) => a.status === status).length;
  const offered = count('offered');
  return {
    seats: track.seats ?? undefined,
    taken: count('confirmed') + offered,
    offered,
    waitlisted: count('waitlisted'),
    toReview: count('received'),
    total: applications.length,
  };
}
