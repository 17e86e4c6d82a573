import type { LearningTrack, OrganiserApplication } from '@ino/sdk';

type Statuses = readonly Pick<OrganiserApplication, 'status'>[];

/** The seats summary of one track, counted from its applications as loaded (so a decision updates it at once). */
export interface SeatCounts {
  /** The track's number of seats; undefined when it has no limit. */
  seats?: number;
  /** Confirmed plus offered (a held offer takes its seat, §4.2), plus the seats taken outside the applications. */
  taken: number;
  offered: number;
  waitlisted: number;
  /** Still to be reviewed (`received`). */
  toReview: number;
  /** Every application, whatever its status. */
  total: number;
}

const count = (applications: Statuses, status: string) => applications.filter((a) => a.status === status).length;
const held = (applications: Statuses) => count(applications, 'confirmed') + count(applications, 'offered');

/**
 * Seats the track's `seatsTaken` counts that no application holds (taken before the service ran, as
 * the bundled tracks have): its count minus the applications' own, both read at the same moment.
 */
export function seatsOutside(track: Pick<LearningTrack, 'seatsTaken'>, applications: Statuses): number {
  return Math.max(0, track.seatsTaken - held(applications));
}

export function seatCounts(track: Pick<LearningTrack, 'seats'>, applications: Statuses, outside = 0): SeatCounts {
  return {
    seats: track.seats ?? undefined,
    taken: outside + held(applications),
    offered: count(applications, 'offered'),
    waitlisted: count(applications, 'waitlisted'),
    toReview: count(applications, 'received'),
    total: applications.length,
  };
}
