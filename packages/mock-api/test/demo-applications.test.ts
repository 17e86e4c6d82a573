// The demo manage tokens (docs/mock-api.md): each names an application made through the seat rules the
// first time it is used, in the status it is named after.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, createConnection, myApplicationOf } from '@ino/sdk';
import { BASE } from './setup.js';

const mine = (token: string) => myApplicationOf(createConnection({ baseUrl: BASE, retries: 0 }), { token });

describe('demo manage tokens', () => {
  test('each token shows an application in its status, on a bundled track', async () => {
    const seen: Record<string, [string, string]> = {};
    for (const status of ['received', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled']) {
      const { application } = await mine(`demo-${status}`).get();
      seen[status] = [application.status, application.trackId];
      assert.equal(application.email, `demo-${status}@example.org`);
    }
    assert.deepEqual(seen, {
      received: ['received', 'lerend-netwerk-participatie-2027'],
      confirmed: ['confirmed', 'lerend-netwerk-participatie-2027'],
      waitlisted: ['waitlisted', 'kennisnetwerk-open-data-publiceren'],
      offered: ['offered', 'lerend-netwerk-participatie-2027'],
      declined: ['declined', 'lerend-netwerk-participatie-2027'],
      cancelled: ['cancelled', 'lerend-netwerk-participatie-2027'],
    });
  });

  test('made once: the same application on every use, and it changes like any other', async () => {
    const first = await mine('demo-offered').get();
    assert.ok(first.application.offerExpiresAt, 'an offer has its deadline');
    assert.equal((await mine('demo-offered').accept()).application.status, 'confirmed');
    const again = await mine('demo-offered').get();
    assert.deepEqual([again.application.id, again.application.status], [first.application.id, 'confirmed']);
    await assert.rejects(mine('demo-received').accept(), (e: unknown) => e instanceof ApiError && e.kind === 'conflict');
  });

  test('another name is no demo token: 401', async () => {
    await assert.rejects(mine('demo-something').get(), (e: unknown) => e instanceof ApiError && e.status === 401 && e.kind === 'unauthorized');
  });
});
