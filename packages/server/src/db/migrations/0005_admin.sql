-- The organiser API (CONTRACT.md §4): API tokens, kept only as the SHA-256 of the token (shown once
-- when made), and the audit log of what organisers and the operator did. The log names ids only
-- (records, tokens, applications), never the personal data itself.

CREATE TABLE api_tokens (
  name text PRIMARY KEY,
  -- Hex SHA-256 of the token: enough for a secret of 256 random bits, which no one can guess.
  hash text NOT NULL UNIQUE,
  scopes text[] NOT NULL,
  -- NULL: every organisation; else only these.
  organisations text[],
  expires_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- The token's name or the OIDC subject; `command line` for the operator's own commands.
  actor text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  detail jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
