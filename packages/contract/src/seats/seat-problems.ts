// Every answer other than 200/201 the seat rules give (CONTRACT.md §3.7, §4.2), before an adapter
// makes it an HTTP problem.
export interface SeatProblem {
  kind: 'problem';
  status: number;
  problem: 'not-found' | 'conflict' | 'seats-exhausted' | 'offer-expired' | 'applications-closed';
  detail: string;
}

export const seatProblems = {
  unknownApplication: (id: string): SeatProblem => ({ kind: 'problem', status: 404, problem: 'not-found', detail: `No application ${id}` }),
  notAllowed: (detail: string): SeatProblem => ({ kind: 'problem', status: 409, problem: 'conflict', detail }),
  seatsExhausted: (): SeatProblem => ({ kind: 'problem', status: 409, problem: 'seats-exhausted', detail: 'Every seat of the track is taken.' }),
  offerExpired: (): SeatProblem => ({
    kind: 'problem',
    status: 410,
    problem: 'offer-expired',
    detail: 'The offered seat was held until its deadline, which has passed.',
  }),
  full: (): SeatProblem => ({ kind: 'problem', status: 410, problem: 'applications-closed', detail: 'The track is full and keeps no waitlist.' }),
};
