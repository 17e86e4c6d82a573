// The mock API against CONTRACT.md (the shared suite), and the fault scenarios only the mock has.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, NetworkError, ValidationError } from '@ino/sdk';
import { contractSuite } from '@ino/contract/contract-suite';
import { bundledContent } from '@ino/contract/content';
import { BASE, client, raw, setScenario } from './setup.js';

const withFr = bundledContent.practices.find((p) => p.translations?.fr?.title)!;

contractSuite({ baseUrl: BASE });

describe('fault scenarios', () => {
  test('server-error: 500 internal problem', async () => {
    setScenario({ fault: 'server-error' });
    await assert.rejects(client().practices.list(), (e: unknown) => e instanceof ApiError && e.status === 500 && e.kind === 'internal');
  });

  test('rate-limited: 429 with Retry-After, then the retry passes', async () => {
    setScenario({ fault: 'rate-limited', times: 1, retryAfter: 0 });
    const response = await raw('/practices');
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '0');
    setScenario({ fault: 'rate-limited', times: 1, retryAfter: 0 });
    assert.ok((await client().practices.list()).items.length > 0);
  });

  test('unavailable: 503 with Retry-After', async () => {
    setScenario({ fault: 'unavailable', retryAfter: 3 });
    const response = await raw('/challenges');
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '3');
  });

  test('network-error, malformed-json, invalid-items and empty', async () => {
    setScenario({ fault: 'network-error' });
    await assert.rejects(client({ retries: 0 }).practices.list(), NetworkError);
    setScenario({ fault: 'malformed-json' });
    await assert.rejects(client().practices.list(), ValidationError);
    setScenario({ fault: 'invalid-items' });
    // The SDK reads tolerantly (CONTRACT.md §1): the broken item is left out of the page and reported.
    const page = await client().practices.list();
    assert.deepEqual(
      page.dropped.map((d) => d.path),
      ['items.0'],
    );
    assert.ok(page.items.length > 0);
    await assert.rejects(client().practices.get(withFr.id), ValidationError);
    setScenario({ fault: 'empty' });
    assert.deepEqual(await client().challenges.list(), { items: [], nextCursor: null, total: 0, dropped: [] });
  });

  test('a fault can be limited to one path', async () => {
    setScenario({ fault: 'server-error', path: '/challenges' });
    assert.ok((await client().practices.list()).items.length > 0);
    await assert.rejects(client().challenges.list(), ApiError);
  });

  test('latency delays the answer', async () => {
    setScenario({ latencyMs: 120 });
    const started = performance.now();
    await client().themes.list();
    assert.ok(performance.now() - started >= 110);
  });

  test('latency limited to a path leaves the others alone', async () => {
    setScenario({ latencyMs: 10_000, path: '/applications' });
    const started = performance.now();
    await client().themes.list();
    assert.ok(performance.now() - started < 5_000, `took ${performance.now() - started} ms`);
  });
});
