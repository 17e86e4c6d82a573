// What the clock decides, tested on both sides of each boundary, in Brussels time, across both
// daylight-saving changes (the moments are instants: 02:30 happens twice on the last Sunday of October).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { challengeStatusAt, takesApplicationsAt, trackStatusAt } from '../src/index.js';

const justBefore = (at: string) => new Date(Date.parse(at) - 1);
const at = (moment: string) => new Date(moment);

describe('challengeStatusAt', () => {
  const open = { status: 'open', opensAt: '2026-11-01T09:00:00+01:00', closesAt: '2026-12-15T17:00:00+01:00' };

  test('an open challenge is open until its closing moment, and closed from it on', () => {
    assert.equal(challengeStatusAt(open, justBefore(open.closesAt)), 'open');
    assert.equal(challengeStatusAt(open, at(open.closesAt)), 'closed');
    assert.equal(challengeStatusAt(open, at('2026-12-05T12:00:00+01:00')), 'open');
  });

  test('the reported bug: closed on 23 November, seen on 5 December, is not open', () => {
    assert.equal(challengeStatusAt({ ...open, closesAt: '2026-11-23T17:00:00+01:00' }, at('2026-12-05T10:00:00+01:00')), 'closed');
  });

  test('an announced challenge opens at opensAt and closes at closesAt', () => {
    const announced = { ...open, status: 'announced' };
    assert.equal(challengeStatusAt(announced, justBefore(open.opensAt)), 'announced');
    assert.equal(challengeStatusAt(announced, at(open.opensAt)), 'open');
    assert.equal(challengeStatusAt(announced, at(open.closesAt)), 'closed');
  });

  test("without closesAt a challenge stays open; other statuses are the organiser's", () => {
    assert.equal(challengeStatusAt({ status: 'open', closesAt: null }, at('2099-01-01T00:00:00Z')), 'open');
    for (const status of ['in-evaluation', 'awarded', 'cancelled', 'closed', 'something-new']) {
      assert.equal(challengeStatusAt({ ...open, status }, at('2099-01-01T00:00:00Z')), status);
    }
  });

  test('across the spring change: 03:30 CEST on 28 March 2027 is 01:30 UTC', () => {
    const c = { status: 'open', closesAt: '2027-03-28T03:30:00+02:00' };
    assert.equal(challengeStatusAt(c, at('2027-03-28T01:29:59.999Z')), 'open');
    assert.equal(challengeStatusAt(c, at('2027-03-28T01:30:00Z')), 'closed');
  });

  test('across the autumn change: the first and the second 02:30 of 25 October 2026 are an hour apart', () => {
    const first = { status: 'open', closesAt: '2026-10-25T02:30:00+02:00' };
    const second = { status: 'open', closesAt: '2026-10-25T02:30:00+01:00' };
    const between = at('2026-10-25T01:00:00Z');
    assert.equal(challengeStatusAt(first, between), 'closed');
    assert.equal(challengeStatusAt(second, between), 'open');
  });
});

describe('trackStatusAt and takesApplicationsAt', () => {
  const track = {
    status: 'open',
    seats: 30,
    seatsTaken: 12,
    waitlist: true,
    applicationOpensAt: '2026-11-15T09:00:00+01:00',
    applicationClosesAt: '2026-12-03T23:59:00+01:00',
  };

  test('the reported bug: a window that closed on 3 December takes nothing on 5 December', () => {
    assert.equal(trackStatusAt(track, at('2026-12-05T10:00:00+01:00')), 'closed');
    assert.equal(takesApplicationsAt(track, at('2026-12-05T10:00:00+01:00')), false);
  });

  test('inside the window from its first moment to just before its last', () => {
    assert.equal(trackStatusAt(track, justBefore(track.applicationOpensAt)), 'announced');
    assert.equal(takesApplicationsAt(track, justBefore(track.applicationOpensAt)), false);
    assert.equal(trackStatusAt(track, at(track.applicationOpensAt)), 'open');
    assert.equal(takesApplicationsAt(track, justBefore(track.applicationClosesAt)), true);
    assert.equal(takesApplicationsAt(track, at(track.applicationClosesAt)), false);
  });

  test('an announced track opens with its window; without a window it waits for the organiser', () => {
    assert.equal(trackStatusAt({ ...track, status: 'announced' }, at(track.applicationOpensAt)), 'open');
    assert.equal(trackStatusAt({ ...track, status: 'announced', applicationOpensAt: null }, at('2026-11-20T10:00:00+01:00')), 'announced');
  });

  test("full: waitlist when it keeps one, open (and full) when it does not; the organiser's statuses stay", () => {
    const now = at('2026-11-20T10:00:00+01:00');
    assert.equal(trackStatusAt({ ...track, seatsTaken: 30 }, now), 'waitlist');
    assert.equal(trackStatusAt({ ...track, seatsTaken: 30, waitlist: false }, now), 'open');
    for (const status of ['running', 'completed', 'cancelled', 'closed']) assert.equal(trackStatusAt({ ...track, status }, now), status);
  });

  test('across the spring change: a window closing at 23:59 CEST', () => {
    const spring = { ...track, applicationOpensAt: null, applicationClosesAt: '2027-03-28T23:59:00+02:00' };
    assert.equal(takesApplicationsAt(spring, at('2027-03-28T21:58:59.999Z')), true);
    assert.equal(takesApplicationsAt(spring, at('2027-03-28T21:59:00Z')), false);
  });
});
