// A challenge's status at a moment, as SQL for filtering a list in the database: the SDK's
// challengeStatusAt (past `closesAt` an open or announced challenge is closed; from `opensAt` an
// announced one is open), which the built answers apply too. The contract tests run the same clock
// against the mock (the SDK's rule) and the server (this), so the two cannot drift apart.

/** `alias` is the challenges table's; `now` the placeholder of a timestamptz parameter. */
export function challengeStatusSql(alias: string, now: string): string {
  return `CASE
    WHEN ${alias}.status IN ('open', 'announced') AND ${alias}.closes_at <= ${now}::timestamptz THEN 'closed'
    WHEN ${alias}.status = 'announced' AND (${alias}.record->>'opensAt')::timestamptz <= ${now}::timestamptz THEN 'open'
    ELSE ${alias}.status END`;
}
