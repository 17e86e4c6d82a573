// Rate limits per client address: a token bucket each, which holds `burst` tokens and refills them
// over `perSeconds`. A request takes a token; without one it gets 429 and Retry-After (the seconds
// until a token is back). Buckets live in this process: with several processes each keeps its own,
// so the limit a client meets is per process (docs/server.md, scaling). That is the read limit; the
// application limit on PostgreSQL is shared by every process (shared-rate-limit.ts).
import type { IncomingMessage } from 'node:http';
import { isIP, isIPv6, type BlockList } from 'node:net';
import type { RateLimit } from '../config.js';

interface Bucket {
  tokens: number;
  at: number;
}

/** More clients than this and the longest-idle buckets are dropped (they were full again anyway, or soon). */
const MAX_BUCKETS = 50_000;

export class RateLimiter {
  readonly #burst: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor({ burst, perSeconds }: RateLimit) {
    this.#burst = burst;
    this.#perMs = burst / (perSeconds * 1000);
  }

  /** Takes a token for `client`: 0 when it may go ahead, else the seconds to wait. */
  take(client: string, now = Date.now()): number {
    const bucket = this.#buckets.get(client);
    const tokens = bucket ? Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs) : this.#burst;
    // Re-inserting keeps the map in order of last use, so the first entries are the longest idle.
    this.#buckets.delete(client);
    if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (tokens >= 1) {
      this.#buckets.set(client, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.#buckets.set(client, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / this.#perMs / 1000));
  }
}

/**
 * The client's address: the connection's, unless that is a trusted proxy (a CDN, a load balancer).
 * Then X-Forwarded-For is read from the right, where each proxy appended the address it saw, past
 * every trusted proxy: the first address that is not one is the client. Entries further left are
 * whatever the client claimed. A value that is not an IP address ends the walk, since nothing left
 * of it was written by a proxy we trust; the client is then the last address we could believe.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: BlockList): string {
  let client = request.socket.remoteAddress ?? 'unknown';
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim());
  for (let hop = forwarded.length - 1; hop >= 0 && isTrustedProxy(client, trustedProxies); hop--) {
    if (!isIP(forwarded[hop]!)) break;
    client = forwarded[hop]!;
  }
  return client;
}

function isTrustedProxy(address: string, trustedProxies: BlockList): boolean {
  const version = isIP(address);
  return version !== 0 && trustedProxies.check(address.replace(/%.*$/, ''), version === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The bucket a client address goes in. An IPv6 client usually has a whole /64 to itself and could take
 * a fresh address per request, so its bucket is the /64; an IPv4 address mapped into IPv6
 * (`::ffff:192.0.2.1`, as a dual-stack socket reports IPv4 clients) is that IPv4 address.
 */
export function rateLimitKey(address: string): string {
  const bare = address.replace(/%.*$/, ''); // a zone (fe80::1%eth0) names our interface, not the client
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  if (tail === undefined) return parse(head);
  const [before, after] = [parse(head), parse(tail)];
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}
