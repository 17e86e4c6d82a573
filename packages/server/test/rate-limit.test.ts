// Rate limits: the token bucket on its own (with a clock the test sets), the client address behind
// trusted proxies, then over HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { bundledContent as dataset } from '@ino/contract/content';
import { loadConfig } from '../src/config.js';
import { clientAddress, RateLimiter, rateLimitKey } from '../src/http/rate-limit.js';
import { applicationFor, post, startTestServer, type TestServer } from './harness.js';

describe('token bucket', () => {
  test('a burst passes, the next request waits until a token is back, and buckets are per client', () => {
    const limiter = new RateLimiter({ burst: 3, perSeconds: 60 }); // a token every 20 s
    assert.deepEqual(
      [0, 1, 2].map(() => limiter.take('a', 0)),
      [0, 0, 0],
    );
    assert.equal(limiter.take('a', 0), 20);
    assert.equal(limiter.take('a', 15_000), 5);
    assert.equal(limiter.take('b', 15_000), 0, 'another client has its own bucket');
    assert.equal(limiter.take('a', 20_000), 0, 'one token back after 20 s');
    assert.equal(limiter.take('a', 20_000), 20);
    assert.deepEqual(
      [0, 1, 2].map(() => limiter.take('a', 200_000)),
      [0, 0, 0],
      'refilled, never beyond the burst',
    );
    assert.ok(limiter.take('a', 200_000) > 0);
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

describe('the client address', () => {
  const proxies = loadConfig({ INO_TRUSTED_PROXIES: '10.0.0.0/8,2001:db8:ffff::/48' }).trustedProxies;
  const from = (peer: string, forwarded?: string) =>
    ({ socket: { remoteAddress: peer }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

  test('a client that reaches the port directly cannot choose its address through X-Forwarded-For', () => {
    assert.equal(clientAddress(from('198.51.100.9', '1.2.3.4'), proxies), '198.51.100.9');
    assert.equal(clientAddress(from('198.51.100.9', '10.0.0.1'), proxies), '198.51.100.9', 'not even a trusted address');
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4'), loadConfig({}).trustedProxies), '10.0.0.1', 'no proxy is trusted by default');
  });

  test('behind one trusted proxy: the address it saw, whatever the client claimed further left', () => {
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4'), proxies), '1.2.3.4');
    assert.equal(clientAddress(from('10.0.0.1', '6.6.6.6, 10.9.9.9, 1.2.3.4'), proxies), '1.2.3.4', 'a forged chain left of the client');
    assert.equal(clientAddress(from('10.0.0.1'), proxies), '10.0.0.1', 'no header: the proxy itself');
  });

  test('behind two trusted hops: past both, to the first address that is not a proxy', () => {
    assert.equal(clientAddress(from('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.0.0.2'), proxies), '1.2.3.4');
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4,10.0.0.2'), proxies), '1.2.3.4', 'without spaces');
    assert.equal(clientAddress(from('10.0.0.1', '10.0.0.3, 10.0.0.2'), proxies), '10.0.0.3', 'all trusted: the farthest one');
  });

  test('a value that is not an IP address ends the walk; nothing left of it is believed', () => {
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4, unknown'), proxies), '10.0.0.1');
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4, 10.0.0.2, <script>'), proxies), '10.0.0.1');
    assert.equal(clientAddress(from('10.0.0.1', '1.2.3.4, junk, 10.0.0.2'), proxies), '10.0.0.2');
    for (const junk of ['', ' ', '1.2.3.4:5678', '[2001:db8::1]', '1.2.3', 'a'.repeat(5000)])
      assert.equal(clientAddress(from('10.0.0.1', junk), proxies), '10.0.0.1', JSON.stringify(junk.slice(0, 20)));
  });

  test('IPv6: proxies in a trusted block, clients in IPv6, and IPv4 peers as a dual-stack socket reports them', () => {
    assert.equal(clientAddress(from('2001:db8:ffff::1', '2001:db8:1:2::a'), proxies), '2001:db8:1:2::a');
    assert.equal(clientAddress(from('2001:db8:ffff::1', '2001:db8:1:2::a, 2001:db8:ffff:0:1::2'), proxies), '2001:db8:1:2::a', 'two IPv6 hops');
    assert.equal(clientAddress(from('2001:db8:fffe::1', '1.2.3.4'), proxies), '2001:db8:fffe::1', 'just outside the block');
    assert.equal(clientAddress(from('::ffff:10.0.0.1', '1.2.3.4'), proxies), '1.2.3.4', 'an IPv4-mapped peer in a trusted IPv4 block');
  });
});

describe('rate limits over HTTP', () => {
  const track = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
  let server: TestServer;
  before(async () => {
    // The tests' requests come from 127.0.0.1: as if from a proxy on this machine.
    server = await startTestServer({ backend: 'pglite', env: { INO_RATE_LIMIT_POST: '2/60', INO_RATE_LIMIT_GET: '5/60', INO_TRUSTED_PROXIES: '127.0.0.1' } });
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
    for (const [i, address] of v6.entries())
      statuses.push((await post(server.baseUrl, track.id, applicationFor(track, `v6-${i}@example.org`), undefined, from(address))).status);
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  test('a client that is not a trusted proxy meets its own limit, whatever X-Forwarded-For it sends', async () => {
    const direct = await startTestServer({ backend: 'pglite', env: { INO_RATE_LIMIT_GET: '3/60', INO_TRUSTED_PROXIES: '192.0.2.0/24' } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${direct.baseUrl}/themes`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    } finally {
      await direct.close();
    }
  });
});
