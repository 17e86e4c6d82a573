-- The read cache (docs/server.md, "Reads"): every change to what the public API answers (content,
-- and the seats applications take) draws the next number of this sequence and notifies the channel
-- ino_content_version in its own transaction. A sequence, not a row: drawing a number locks nothing,
-- so applications to different tracks still do not wait for one another. Servers compare it after
-- they reconnect, to learn whether they missed a notification.
CREATE SEQUENCE content_version;

-- The application rate limit shared by every server process on one PostgreSQL: a token bucket per
-- client address (src/http/shared-rate-limit.ts). Unlogged: losing the buckets in a crash only refills
-- them, and writes to it then cost no flush to disk.
CREATE UNLOGGED TABLE rate_limit_buckets (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  at timestamptz NOT NULL,
  allowed boolean NOT NULL
);
CREATE INDEX rate_limit_buckets_at ON rate_limit_buckets (at);
