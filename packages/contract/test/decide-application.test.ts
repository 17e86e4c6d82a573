// The one order in which an application is checked (decideApplication), on facts made by hand: each
// step is shown to come before the next by a request that fails both, and the accepted outcomes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decideApplication, type ApplicationFacts } from '../src/applications/decide-application.js';
import { applyProblems } from '../src/applications/problems.js';
import { cohortOf, type SeatApplication } from '../src/seats/cohort.js';

const track: NonNullable<ApplicationFacts['track']> = {
  id: 'proef-traject',
  status: 'open',
  admission: 'first-come',
  seats: 2,
  seatsTaken: 0,
  waitlist: true,
  questions: [{ id: 'bring', label: 'Wat breng je mee?', required: true, maxLength: 100 }],
  consent: { version: '2026-09', text: 'Ik geef toestemming.', privacyUrl: 'https://example.org/privacy' },
};
const validBody = {
  givenName: 'An',
  familyName: 'Peeters',
  email: ' An.Peeters@Example.org ',
  organisation: 'Stad Gent',
  answers: { bring: 'Ervaring.' },
  consentVersion: '2026-09',
};
const earlierApplication = { id: 'app-1', trackId: track.id, status: 'confirmed', receivedAt: '2026-11-20T10:00:00Z' };

const DAY = 86_400_000;
/** The track's applications: its seats taken elsewhere (the content's seatsTaken), and `waiting` people in line. */
const cohortFor = (t: NonNullable<ApplicationFacts['track']>, waiting = 0) => {
  const line: SeatApplication[] = Array.from({ length: waiting }, (_, i) => ({
    id: `app-w${i + 1}`,
    status: 'waitlisted',
    waitlistPosition: i + 1,
    history: [{ at: '2026-11-20T10:00:00.000Z', from: null, to: 'waitlisted', by: 'applicant' }],
  }));
  return cohortOf({ ...t, sessions: [] }, t.seatsTaken, line, 3 * DAY);
};

/** Facts of a request that passes every check; each test breaks some. The cohort follows the track unless given. */
const facts = (changes: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  trackId: track.id,
  track,
  cohort: cohortFor(changes.track ?? track),
  body: { value: validBody },
  idempotencyKey: 'key-12345678',
  bodyHash: 'hash-of-this-body',
  earlier: undefined,
  emailAlreadyApplied: false,
  newId: 'app-2',
  now: new Date('2026-11-21T09:30:00.123Z'),
  ...changes,
});

const statusOf = (changes: Partial<ApplicationFacts>) => {
  const decision = decideApplication(facts(changes));
  return decision.kind === 'problem' ? `${decision.status} ${decision.problem}` : decision.kind;
};

describe('decideApplication', () => {
  test('an unknown track comes first: before an unreadable body and a missing key', () => {
    assert.equal(statusOf({ track: undefined, body: { unreadable: applyProblems.notJsonMediaType() }, idempotencyKey: null }), '404 not-found');
    const decision = decideApplication(facts({ track: undefined }));
    assert.ok(decision.kind === 'problem' && decision.detail.includes(track.id), 'the detail names the track');
  });

  test('then the body: its media type (415) or syntax (400) before the key', () => {
    assert.equal(statusOf({ body: { unreadable: applyProblems.notJsonMediaType() }, idempotencyKey: null }), '415 validation');
    assert.equal(statusOf({ body: { unreadable: applyProblems.notJson() }, idempotencyKey: null }), '400 validation');
  });

  test("then the key (400), before a replay and before the track's state", () => {
    assert.equal(statusOf({ idempotencyKey: null, track: { ...track, status: 'closed' } }), '400 validation');
    assert.equal(statusOf({ idempotencyKey: 'short', earlier: { bodyHash: 'hash-of-this-body', application: earlierApplication } }), '400 validation');
  });

  test('then an earlier answer for the key: replayed with the same body even on a closed track, a 422 with another', () => {
    const earlier = { bodyHash: 'hash-of-this-body', application: earlierApplication };
    assert.deepEqual(decideApplication(facts({ earlier, track: { ...track, status: 'closed' } })), { kind: 'replayed', application: earlierApplication });
    assert.equal(statusOf({ earlier: { ...earlier, bodyHash: 'another' }, body: { value: {} } }), '422 idempotency-mismatch');
  });

  test("then the track's state (410) before the body's fields", () => {
    assert.equal(statusOf({ track: { ...track, status: 'closed' }, body: { value: {} } }), '410 applications-closed');
  });

  test('then the fields (422, as dotted paths) before a duplicate e-mail address', () => {
    const decision = decideApplication(facts({ body: { value: { ...validBody, email: 'geen-adres', answers: {} } }, emailAlreadyApplied: true }));
    assert.ok(decision.kind === 'problem' && decision.status === 422);
    assert.deepEqual(decision.errors?.map((e) => e.field).sort(), ['answers.bring', 'email']);
  });

  test('then a duplicate e-mail address (409) before the seats', () => {
    assert.equal(statusOf({ emailAlreadyApplied: true, track: { ...track, seatsTaken: 2, waitlist: false } }), '409 duplicate-application');
  });

  test("then the client address's cap (409 too-many-applications) before the seats, but after a duplicate", () => {
    assert.equal(statusOf({ addressCapReached: 3, track: { ...track, seatsTaken: 2, waitlist: false } }), '409 too-many-applications');
    assert.equal(statusOf({ addressCapReached: 3, emailAlreadyApplied: true }), '409 duplicate-application');
    const earlier = { bodyHash: 'hash-of-this-body', application: earlierApplication };
    assert.equal(statusOf({ addressCapReached: 3, earlier }), 'replayed', 'a retry of an accepted application is not refused');
    const decision = decideApplication(facts({ addressCapReached: 3 }));
    assert.ok(decision.kind === 'problem' && decision.detail.includes('3 applications'), 'the detail says how many');
  });

  test('last the seats: confirmed while they last, then waitlisted after those waiting, or 410 without a waitlist', () => {
    const created = decideApplication(facts());
    assert.ok(created.kind === 'created');
    assert.deepEqual(
      { ...created, cohort: undefined },
      {
        kind: 'created',
        application: { id: 'app-2', trackId: track.id, status: 'confirmed', receivedAt: '2026-11-21T09:30:00Z' },
        request: { ...validBody, email: 'An.Peeters@Example.org' },
        emailKey: 'an.peeters@example.org',
        cohort: undefined,
      },
    );
    assert.deepEqual(
      created.cohort.applications.map((a) => [a.id, a.status]),
      [['app-2', 'confirmed']],
      'the cohort after it holds the new application',
    );
    const full = { ...track, seatsTaken: 2 };
    const waitlisted = decideApplication(facts({ track: full, cohort: cohortFor(full, 3) }));
    assert.ok(waitlisted.kind === 'created');
    assert.deepEqual([waitlisted.application.status, waitlisted.application.waitlistPosition], ['waitlisted', 4]);
    assert.equal(statusOf({ track: { ...track, seatsTaken: 2, waitlist: false } }), '410 applications-closed');
    const selected = decideApplication(facts({ track: { ...track, admission: 'selection', seatsTaken: 2 } }));
    assert.ok(selected.kind === 'created' && selected.application.status === 'received', 'a selection track receives, whatever its seats');
  });
});
