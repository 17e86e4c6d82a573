import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { challengeStatusAt, trackStatusAt } from '@ino/sdk';
import { BUNDLED_CONTENT_WRITTEN_FOR, bundledContentAt } from '../src/content.js';
import { brusselsDay } from '../src/schedule/brussels.js';
import { shiftTimestamp } from '../src/schedule/shift-schedule.js';

describe('the bundled content follows the day it is loaded on', () => {
  test('a deadline keeps its Brussels time of day across a daylight-saving change', () => {
    assert.equal(shiftTimestamp('2026-12-15T17:00:00+01:00', 120), '2027-04-14T17:00:00+02:00');
    assert.equal(shiftTimestamp('2027-04-14T17:00:00+02:00', -120), '2026-12-15T17:00:00+01:00');
    assert.equal(shiftTimestamp('2026-12-15T17:00:00+01:00', 0), '2026-12-15T17:00:00+01:00');
    // 02:30 on the spring-forward Sunday does not exist in Brussels: it becomes 03:30 CEST, the same instant as 02:30 CET.
    assert.equal(Date.parse(shiftTimestamp('2027-03-27T02:30:00+01:00', 1)), Date.parse('2027-03-28T02:30:00+01:00'));
  });

  test('other offsets move by whole days of 24 hours and keep their offset', () => {
    assert.equal(shiftTimestamp('2026-12-15T23:30:00Z', 1), '2026-12-16T23:30:00Z');
    assert.equal(shiftTimestamp('2026-12-15T23:30:00.250Z', 1), '2026-12-16T23:30:00.250Z');
    assert.equal(shiftTimestamp('2026-12-15T08:00:00-05:00', 2), '2026-12-17T08:00:00-05:00');
  });

  test('loaded on the day it was written for, nothing moves', () => {
    const asWritten = bundledContentAt(new Date(`${BUNDLED_CONTENT_WRITTEN_FOR}T12:00:00+01:00`));
    const lnp = asWritten.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
    assert.equal(lnp.applicationClosesAt, '2027-01-10T23:59:00+01:00');
  });

  for (const day of ['2026-12-05', '2027-06-30', '2028-01-15']) {
    test(`loaded on ${day}, there are open challenges and open tracks, in the same proportion as when written`, () => {
      const written = new Date(`${BUNDLED_CONTENT_WRITTEN_FOR}T12:00:00+01:00`);
      const now = new Date(`${day}T12:00:00+01:00`);
      const openAt = (when: Date) => {
        const content = bundledContentAt(when);
        return {
          challenges: content.challenges.filter((c) => challengeStatusAt(c, when) === 'open').length,
          tracks: content.learningTracks.filter((t) => ['open', 'waitlist'].includes(trackStatusAt({ ...t, seatsTaken: t.seatsTaken ?? 0 }, when))).length,
        };
      };
      const later = openAt(now);
      assert.deepEqual(later, openAt(written));
      assert.ok(later.challenges > 0 && later.tracks > 0);
      assert.equal(brusselsDay(now), day);
    });
  }
});
