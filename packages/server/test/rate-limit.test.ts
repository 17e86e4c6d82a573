// Rate limits: the token bucket on its own (with a clock the test sets), then over HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { bundledContent as dataset } from '@ino/contract/content';
import { clientAddress, RateLimiter, rateLimitKey } from '../src/http/rate-limit.js';
import { applicationFor, post, startTestServer, type TestServer } from './harness.js';

describe('token bucket', () => {
  test('a burst passes, the next request waits until a token is back, and buckets are per client', () => {
    const limiter = new RateLimiter({ burst: 3, perSeconds: 60 }); // a token every 20 s
    assert.deepEqual([0, 1, 2].map(() => limiter.take('a', 0)), [0, 0, 0]);
    assert.equal(limiter.take('a', 0), 20);
    assert.equal(limiter.take('a', 15_000), 5);
    assert.equal(limiter.take('b', 15_000), 0, 'another client has its own bucket');
    assert.equal(limiter.take('a', 20_000), 0, 'one token back after 20 s');
    assert.equal(limiter.take('a', 20_000), 20);
    assert.deepEqual([0, 1, 2].map(() => limiter.take('a', 200_000)), [0, 0, 0], 'refilled, never beyond the burst');
    assert.ok(limiter.take('a', 200_000) > 0);
  });

  test('the client address: the connection, or with trusted proxies the address the outermost one saw', () => {
    const request = (forwarded?: string) => ({ socket: { remoteAddress: '10.0.0.1' }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;
    assert.equal(clientAddress(request('1.2.3.4'), 0), '10.0.0.1', 'X-Forwarded-For is ignored without trusted proxies');
    assert.equal(clientAddress(request('6.6.6.6, 1.2.3.4'), 1), '1.2.3.4', 'what the client claimed is skipped');
    assert.equal(clientAddress(request('6.6.6.6, 1.2.3.4, 10.9.9.9'), 2), '1.2.3.4');
    assert.equal(clientAddress(request(), 1), '10.0.0.1');
  });

  test('the bucket of an address: an IPv6 /64 shares one; an IPv4-mapped address is its IPv4 address', () => {
    assert.equal(rateLimitKey('192.0.2.1'), '192.0.2.1');
    assert.equal(rateLimitKey('::ffff:192.0.2.1'), '192.0.2.1');
    assert.equal(rateLimitKey('::FFFF:c000:0201'), '192.0.2.1', 'in hex, and in upper case');
    assert.equal(rateLimitKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(rateLimitKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64', 'one /64, however written');
    assert.equal(rateLimitKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(rateLimitKey('2001:db8:0:0:1::'), '2001:db8:0:0::/64');
    assert.notEqual(rateLimitKey('2001:db8:0:1::1'), rateLimitKey('2001:db8:0:2::1'), 'another /64');
    assert.equal(rateLimitKey('::1'), '0:0:0:0::/64');
    assert.equal(rateLimitKey('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64');
    assert.equal(rateLimitKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(rateLimitKey('unknown'), 'unknown', 'what is not an address stays as it is');
  });
});

describe('rate limits over HTTP', () => {
  const track = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite', env: { INO_RATE_LIMIT_POST: '2/60', INO_RATE_LIMIT_GET: '5/60', INO_TRUSTED_PROXIES: '1' } });
  });
  after(() => server.close());

  test('POSTs past the burst get 429 with Retry-After; reads have their own, looser bucket', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'r1@example.org'), undefined, from('192.0.2.1'))).status, 201);
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'r2@example.org'), undefined, from('192.0.2.1'))).status, 201);
    const limited = await post(server.baseUrl, track.id, applicationFor(track, 'r3@example.org'), undefined, from('192.0.2.1'));
    assert.equal(limited.status, 429);
    assert.equal(limited.body.type, `${server.baseUrl}/problems/rate-limited`);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 30, `Retry-After ${retryAfter}: a token every 30 s`);
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'r4@example.org'), undefined, from('192.0.2.2'))).status, 201, 'another client');
    assert.equal((await server.db.query("SELECT 1 FROM applications WHERE email_key = 'r3@example.org'")).length, 0);

    const reads = [];
    for (let i = 0; i < 6; i++) reads.push((await fetch(`${server.baseUrl}/themes`, { headers: from('192.0.2.1') })).status);
    assert.deepEqual(reads, [200, 200, 200, 200, 200, 429]);
    // Two addresses of one IPv6 /64 share a bucket: 2 POSTs, then 429.
    const v6 = ['2001:db8:1:2::a', '2001:db8:1:2::b', '2001:db8:1:2:ffff::c'];
    const statuses = [];
    for (const [i, address] of v6.entries()) statuses.push((await post(server.baseUrl, track.id, applicationFor(track, `v6-${i}@example.org`), undefined, from(address))).status);
    assert.deepEqual(statuses, [201, 201, 429]);
  });
});
