import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addBrusselsDays } from '../src/schedule/brussels.js';

test('calendar days in Brussels keep the time of day across daylight-saving changes', () => {
  // 16:30 in winter (CET) is 16:30 in summer (CEST): 180 days of which one is 23 hours.
  assert.equal(addBrusselsDays(new Date('2027-02-04T16:30:00+01:00'), 180).toISOString(), new Date('2027-08-03T16:30:00+02:00').toISOString());
  // And back across the autumn change: one day of 25 hours.
  assert.equal(addBrusselsDays(new Date('2027-08-03T16:30:00+02:00'), 90).toISOString(), new Date('2027-11-01T16:30:00+01:00').toISOString());
  assert.equal(addBrusselsDays(new Date('2027-02-04T16:30:00+01:00'), 0).toISOString(), new Date('2027-02-04T16:30:00+01:00').toISOString());
  // 02:30 on the spring-forward Sunday does not exist: the instant an hour on (03:30 CEST).
  assert.equal(addBrusselsDays(new Date('2027-03-27T02:30:00+01:00'), 1).toISOString(), new Date('2027-03-28T03:30:00+02:00').toISOString());
});
