// The seat state machine, driven by random sequences of applications, decisions, cancellations,
// acceptances, the clock and seat changes (fast-check), with the rules of CONTRACT.md §4.2 checked after
// every step; and the Lerend Netwerk Participatie walk-through as an example.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Decision } from '@ino/sdk';
import {
  acceptOffer,
  applyTo,
  cancelByApplicant,
  decide,
  expireOffers,
  seatsTaken,
  setSeats,
  waitingLine,
  type Cohort,
  type SeatStatus,
  type Step,
} from '../src/seats/cohort.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-20T09:00:00+01:00');
const TERMINAL: SeatStatus[] = ['declined', 'cancelled'];

const cohortWith = (overrides: Partial<Cohort> = {}): Cohort => ({
  seats: 3,
  admission: 'first-come',
  waitlist: true,
  offerWindowMs: 72 * HOUR,
  firstSessionAt: '2027-02-04T09:30:00+01:00',
  applications: [],
  ...overrides,
});
const applied = (step: Step) => {
  if ('problem' in step) throw new Error(step.problem.detail);
  return step;
};

type Op =
  | { op: 'apply' }
  | { op: 'decide'; pick: number; decision: Decision }
  | { op: 'cancel'; pick: number }
  | { op: 'accept'; pick: number }
  | { op: 'wait'; hours: number }
  | { op: 'seats'; seats: number | null };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ op: 'apply' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('decide' as const),
      pick: fc.nat(40),
      decision: fc.constantFrom<Decision>('select', 'decline', 'waitlist', 'cancel'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('accept' as const), pick: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('seats' as const), seats: fc.option(fc.nat(6), { nil: null }) }) },
);

/** Every rule that must hold between steps; `before` is the cohort the step started from. */
function checkInvariants(before: Cohort, after: Cohort, now: number): void {
  const count = (status: SeatStatus) => after.applications.filter((a) => a.status === status).length;
  const confirmedBefore = before.applications.filter((a) => a.status === 'confirmed').length;
  if (after.seats !== null) {
    // Seats taken never pass the seats; lowering the seats takes no confirmed seat back, but then nothing more is offered or confirmed.
    if (count('offered') > 0) assert.ok(seatsTaken(after) <= after.seats, 'offers only for free seats');
    assert.ok(count('confirmed') <= Math.max(after.seats, confirmedBefore), 'no confirmation past the seats');
    // No seat stays free while someone waits for it.
    assert.ok(seatsTaken(after) >= after.seats || waitingLine(after).length === 0, 'a free seat is offered to the first in line');
  } else {
    assert.equal(waitingLine(after).length, 0, 'without a limit nobody waits');
  }
  assert.deepEqual(
    waitingLine(after).map((a) => a.waitlistPosition),
    waitingLine(after).map((_, i) => i + 1),
    'positions 1..n without gaps',
  );
  for (const a of after.applications) {
    assert.equal(a.waitlistPosition !== undefined, a.status === 'waitlisted', `${a.id}: a position only on the waitlist`);
    assert.equal(a.offerExpiresAt !== undefined, a.status === 'offered', `${a.id}: a deadline only on an offer`);
    if (a.status === 'offered') {
      assert.ok(Date.parse(a.offerExpiresAt!) > now, `${a.id}: an expired offer was passed on`);
      assert.ok(Date.parse(a.offerExpiresAt!) <= Date.parse(after.firstSessionAt!), `${a.id}: never past the first session`);
    }
    assert.equal(a.history.at(-1)!.to, a.status, `${a.id}: the history ends in the status`);
    a.history.forEach((entry, i) => assert.equal(entry.from, i === 0 ? null : a.history[i - 1]!.to, `${a.id}: an unbroken history`));
    const was = before.applications.find((b) => b.id === a.id);
    if (was && TERMINAL.includes(was.status)) assert.equal(a.status, was.status, `${a.id}: ${was.status} is final`);
  }
  assert.ok(after.applications.length >= before.applications.length, 'nothing is lost');
}

describe('the seat state machine', () => {
  test('random sequences keep every rule after every step (first-come and selection, with and without a waitlist)', () => {
    let steps = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('first-come', 'selection'),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        fc.array(opArbitrary, { minLength: 10, maxLength: 60, size: 'max' }),
        (admission, waitlist, seats, ops) => {
          let cohort = cohortWith({ admission, waitlist, seats });
          let now = START;
          let next = 0;
          for (const op of ops) {
            const before = cohort;
            const at = new Date(now);
            const pick = (n: number) => cohort.applications[n % Math.max(1, cohort.applications.length)]?.id ?? 'nobody';
            if (op.op === 'apply') cohort = applyTo(cohort, `app-${++next}`, at).cohort;
            else if (op.op === 'decide') cohort = decide(cohort, pick(op.pick), op.decision, at, 'organiser').cohort;
            else if (op.op === 'cancel') cohort = cancelByApplicant(cohort, pick(op.pick), at).cohort;
            else if (op.op === 'accept') cohort = acceptOffer(cohort, pick(op.pick), at).cohort;
            else if (op.op === 'seats') cohort = setSeats(cohort, op.seats, at);
            else {
              now += op.hours * HOUR;
              cohort = expireOffers(cohort, new Date(now));
            }
            checkInvariants(before, cohort, now);
            steps++;
          }
        },
      ),
      { numRuns: 400, seed: 20261205 },
    );
    assert.ok(steps > 5_000, `${steps} steps checked`);
  });

  test('a decision the status does not allow is a 409; select without a free seat is seats-exhausted', () => {
    let cohort = cohortWith({ admission: 'selection', seats: 1 });
    for (const id of ['a', 'b', 'c']) cohort = applied(applyTo(cohort, id, new Date(START))).cohort;
    cohort = applied(decide(cohort, 'a', 'select', new Date(START), 'org')).cohort;
    const full = decide(cohort, 'b', 'select', new Date(START), 'org');
    assert.ok('problem' in full && full.problem.problem === 'seats-exhausted' && full.problem.status === 409);
    const again = decide(cohort, 'a', 'waitlist', new Date(START), 'org');
    assert.ok('problem' in again && again.problem.problem === 'conflict');
    const unknown = decide(cohort, 'zz', 'select', new Date(START), 'org');
    assert.ok('problem' in unknown && unknown.problem.status === 404);
  });

  test('the Lerend Netwerk Participatie: 30 seats, 60 applications, reserves move up through offers that are accepted or expire', () => {
    let cohort = cohortWith({ admission: 'selection', seats: 30, firstSessionAt: '2027-02-04T09:30:00+01:00' });
    const at = (hours: number) => new Date(START + hours * HOUR);
    for (let i = 1; i <= 60; i++) cohort = applied(applyTo(cohort, `a${i}`, at(0))).cohort;
    for (let i = 1; i <= 30; i++) cohort = applied(decide(cohort, `a${i}`, 'select', at(1), 'organiser')).cohort;
    for (let i = 31; i <= 40; i++) cohort = applied(decide(cohort, `a${i}`, 'waitlist', at(1), 'organiser')).cohort;
    for (let i = 41; i <= 60; i++) cohort = applied(decide(cohort, `a${i}`, 'decline', at(1), 'organiser')).cohort;
    assert.equal(seatsTaken(cohort), 30);
    assert.deepEqual(
      waitingLine(cohort).map((a) => a.id),
      ['a31', 'a32', 'a33', 'a34', 'a35', 'a36', 'a37', 'a38', 'a39', 'a40'],
    );

    for (const id of ['a3', 'a7', 'a12']) cohort = applied(cancelByApplicant(cohort, id, at(24))).cohort;
    const offered = cohort.applications.filter((a) => a.status === 'offered').map((a) => a.id);
    assert.deepEqual(offered, ['a31', 'a32', 'a33'], 'the first three in line get the freed seats');
    assert.equal(cohort.applications.find((a) => a.id === 'a31')!.offerExpiresAt, new Date(START + 24 * HOUR + 72 * HOUR).toISOString());
    assert.equal(waitingLine(cohort)[0]!.id, 'a34');
    assert.equal(waitingLine(cohort)[0]!.waitlistPosition, 1, 'those behind moved up');

    cohort = applied(acceptOffer(cohort, 'a31', at(30))).cohort;
    cohort = applied(acceptOffer(cohort, 'a32', at(30))).cohort;
    // a33 lets its offer run out: it is cancelled, and the seat goes to the next in line.
    const late = acceptOffer(cohort, 'a33', at(24 + 72));
    assert.ok('problem' in late && late.problem.problem === 'offer-expired' && late.problem.status === 410);
    cohort = late.cohort;
    const a33 = cohort.applications.find((a) => a.id === 'a33')!;
    assert.equal(a33.status, 'cancelled');
    assert.equal(a33.history.at(-1)!.note, 'offer-expired');
    assert.equal(cohort.applications.find((a) => a.id === 'a34')!.status, 'offered');
    assert.equal(seatsTaken(cohort), 30);
    const counts: Record<string, number> = {};
    for (const a of cohort.applications) counts[a.status] = (counts[a.status] ?? 0) + 1;
    assert.deepEqual(counts, { confirmed: 29, cancelled: 4, offered: 1, waitlisted: 6, declined: 20 });
  });

  test('an offer never runs past the first session', () => {
    let cohort = cohortWith({ seats: 1, firstSessionAt: new Date(START + 10 * HOUR).toISOString() });
    cohort = applied(applyTo(cohort, 'a', new Date(START))).cohort;
    cohort = applied(applyTo(cohort, 'b', new Date(START))).cohort;
    assert.equal(cohort.applications.find((a) => a.id === 'b')!.status, 'waitlisted');
    cohort = applied(cancelByApplicant(cohort, 'a', new Date(START + HOUR))).cohort;
    assert.equal(cohort.applications.find((a) => a.id === 'b')!.offerExpiresAt, cohort.firstSessionAt);
  });
});
