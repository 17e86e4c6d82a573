// The application rate limit shared by every server process on one PostgreSQL: the same token bucket
// as src/http/rate-limit.ts, kept in the unlogged table rate_limit_buckets (migration 0007) and taken
// in one statement, so processes behind a load balancer give a client the configured rate in all, not
// that rate each. Times are the database's (`now()`, the statement's), one clock for every process. Reads keep a limit per
// process (src/http/rate-limit.ts): at scale a CDN in front takes them (docs/server.md, Scaling).
import type { RateLimit } from '../config.js';
import type { Queryable } from '../db/database.js';

/** Every this many takes, buckets idle long enough to be full again are deleted: they would start full anyway. */
const SWEEP_EVERY = 1_000;

export class SharedRateLimiter {
  readonly #db: Queryable;
  readonly #burst: number;
  readonly #perSecond: number;
  readonly #refillSeconds: number;
  #takes = 0;

  constructor(db: Queryable, { burst, perSeconds }: RateLimit) {
    this.#db = db;
    this.#burst = burst;
    this.#perSecond = burst / perSeconds;
    this.#refillSeconds = perSeconds;
  }

  /** Takes a token for `client`: 0 when it may go ahead, else the seconds to wait. */
  async take(client: string): Promise<number> {
    if (++this.#takes % SWEEP_EVERY === 0) {
      await this.#db.query(`DELETE FROM rate_limit_buckets WHERE at < now() - make_interval(secs => $1)`, [this.#refillSeconds]);
    }
    const refilled = `least($2::float8, b.tokens + greatest(0, extract(epoch FROM now() - b.at)) * $3::float8)`;
    const [bucket] = await this.#db.query<{ allowed: boolean; tokens: number }>(
      `INSERT INTO rate_limit_buckets AS b (key, tokens, at, allowed) VALUES ($1, $2::float8 - 1, now(), true)
       ON CONFLICT (key) DO UPDATE SET
         tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
         at = now(),
         allowed = ${refilled} >= 1
       RETURNING allowed, tokens`,
      [client, this.#burst, this.#perSecond],
    );
    if (bucket!.allowed) return 0;
    return Math.max(1, Math.ceil((1 - bucket!.tokens) / this.#perSecond));
  }
}
