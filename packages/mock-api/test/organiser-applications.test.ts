// The mock's organiser routes beyond the shared suite (clock.test.ts runs organiserApplicationsSuite):
// the demo applications, the one organiser token, and faults.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { ApiError, createConnection, myApplicationOf, organiserApplicationsOf, type OrganiserApplication } from '@ino/sdk';
import { createMockApi } from '../src/index.js';

const BASE = 'https://organiser.example.test/ino/v1';
const TRACK = 'lerend-netwerk-participatie-2027';
const START = new Date('2026-12-06T12:00:00Z');
let now = START;
const api = createMockApi({ baseUrl: BASE, clock: () => now });
/** Another mock on the same clock, made apart. */
const TWIN = 'https://twin.example.test/ino/v1';
const twin = createMockApi({ baseUrl: TWIN, clock: () => START });
const server = setupServer(...api.handlers, ...twin.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.setScenario({}));
after(() => server.close());

const connection = () => createConnection({ baseUrl: BASE, retries: 0 });
const organiser = (token = 'demo-organiser') => organiserApplicationsOf(connection(), { token });
const countByStatus = (items: readonly OrganiserApplication[]) => {
  const counts: Record<string, number> = {};
  for (const { status } of items) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

describe('the demo applications', () => {
  test('the Lerend Netwerk Participatie 2027: 33 in every status but waitlisted, two offers open, one seat free', async () => {
    const { items, dropped } = await organiser().all(TRACK);
    assert.deepEqual(dropped, []);
    assert.deepEqual(countByStatus(items), { confirmed: 15, declined: 5, cancelled: 3, received: 8, offered: 2 });
    assert.ok(
      items.filter((a) => a.status === 'offered').every((a) => Date.parse(a.offerExpiresAt!) > now.getTime()),
      'the offers are open',
    );
    assert.ok(
      items.some((a) => a.history.some((h) => h.note === 'offer-expired')),
      'an offer ran out before',
    );
    assert.ok(
      items.every((a, i) => i === 0 || Date.parse(a.receivedAt) > Date.parse(items[i - 1]!.receivedAt)),
      'oldest first',
    );
    assert.ok(
      items.every((a) => a.history.every((h) => Date.parse(h.at) <= now.getTime())),
      'nothing happened after now',
    );
    const track = await (await fetch(`${BASE}/learning-tracks/${TRACK}`)).json();
    assert.deepEqual([track.seats - track.seatsTaken, track.status], [1, 'open'], 'the signup form still shows it open');
  });

  test('the Masterclasses voor interne procesbegeleiders 2027: full before the service ran, its reserves in line', async () => {
    const masterclasses = 'procesbegeleiders-masterclasses-2027';
    const before = await (await fetch(`${BASE}/learning-tracks/${masterclasses}`)).json();
    const { items } = await organiser().all(masterclasses);
    assert.deepEqual(countByStatus(items), { waitlisted: 4, declined: 2, received: 2 });
    assert.deepEqual(
      items.filter((a) => a.status === 'waitlisted').map((a) => a.waitlistPosition),
      [1, 2, 3, 4],
    );
    const first = items.find((a) => a.waitlistPosition === 1)!;
    const { etag } = await organiser().get(first.id);
    await assert.rejects(organiser().decide(first.id, { decision: 'select' }, etag), (e: unknown) => e instanceof ApiError && e.kind === 'seats-exhausted');
    assert.equal(before.seatsTaken, before.seats, 'its public seats are as the content says');
  });

  test('the same clock gives the same table', async () => {
    const theirs = await organiserApplicationsOf(createConnection({ baseUrl: TWIN }), { token: 'demo-organiser' }).all(TRACK);
    assert.deepEqual(theirs, await organiser().all(TRACK));
  });

  test('five demo manage tokens name applications in the table, in the status they are named after', async () => {
    const { items } = await organiser().all(TRACK);
    for (const status of ['received', 'confirmed', 'offered', 'declined', 'cancelled']) {
      const { application } = await myApplicationOf(connection(), { token: `demo-${status}` }).get();
      const row = items.find((a) => a.id === application.id)!;
      assert.deepEqual([row.status, row.email], [status, `demo-${status}@example.org`]);
    }
  });

  test('when the open offers run out, the list shows them cancelled and their seats free', async () => {
    const { items } = await organiser().all(TRACK);
    const offered = items.filter((a) => a.status === 'offered');
    now = new Date(Math.max(...offered.map((a) => Date.parse(a.offerExpiresAt!))));
    try {
      const after = (await organiser().all(TRACK)).items;
      assert.deepEqual(
        offered.map(({ id }) => [after.find((a) => a.id === id)!.status, after.find((a) => a.id === id)!.history.at(-1)!.note]),
        [
          ['cancelled', 'offer-expired'],
          ['cancelled', 'offer-expired'],
        ],
      );
      const track = await (await fetch(`${BASE}/learning-tracks/${TRACK}`)).json();
      assert.equal(track.seats - track.seatsTaken, 3);
    } finally {
      now = START;
    }
  });
});

describe('the organiser token', () => {
  test('only demo-organiser: a manage token is no organiser token, nor the other way round', async () => {
    const refused = (e: unknown) => e instanceof ApiError && e.status === 401 && e.kind === 'unauthorized';
    await assert.rejects(organiser('demo-confirmed').list(TRACK), refused);
    await assert.rejects(myApplicationOf(connection(), { token: 'demo-organiser' }).get(), refused);
  });
});

describe('faults', () => {
  test("a scenario limited to /admin reaches the organiser's routes and leaves the public ones alone", async () => {
    api.setScenario({ fault: 'server-error', path: '/admin' });
    await assert.rejects(organiser().list(TRACK), (e: unknown) => e instanceof ApiError && e.status === 500);
    assert.equal((await fetch(`${BASE}/learning-tracks/${TRACK}`)).status, 200);
  });

  test("a fault on an organiser's route is an organiser answer too: no-store", async () => {
    api.setScenario({ fault: 'unavailable', path: '/admin' });
    const answer = await fetch(`${BASE}/admin/learning-tracks/${TRACK}/applications`, { headers: { authorization: 'Bearer demo-organiser' } });
    assert.equal(answer.status, 503);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.match(answer.headers.get('access-control-expose-headers') ?? '', /WWW-Authenticate/);
    api.setScenario({ fault: 'network-error', path: '/admin' });
    await assert.rejects(fetch(`${BASE}/admin/learning-tracks/${TRACK}/applications`));
  });
});
