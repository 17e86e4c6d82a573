// When the database cannot be reached, the API says so (503 unavailable with Retry-After) instead of
// failing with a 500, and the server itself stays up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../src/app.js';
import { openPostgres } from '../src/db/postgres.js';
import { post, testConfig } from './harness.js';

describe('database unreachable', () => {
  // Nothing listens on port 1: every connection is refused at once.
  const db = openPostgres({ connectionString: 'postgres://ino@127.0.0.1:1/ino', poolSize: 1 });
  let server: Server;
  let base: string;
  before(async () => {
    server = createApp({ config: testConfig(), db });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  test('reads, applications and /health answer 503 unavailable with Retry-After', async () => {
    const read = await fetch(`${base}/ino/v1/practices`);
    assert.equal(read.status, 503);
    assert.equal(read.headers.get('retry-after'), '5');
    assert.equal((await read.json()).type, `${base}/ino/v1/problems/unavailable`);
    const write = await post(`${base}/ino/v1`, 'een-track', { givenName: 'An' });
    assert.equal(write.status, 503);
    assert.equal(write.headers.get('retry-after'), '5');
    assert.equal((await fetch(`${base}/health`)).status, 503);
  });
});
