// Erasing personal data (CONTRACT.md §4.3), on request (one address, every track) and by retention
// (whole tracks). The one place that knows which columns hold what a person sent or what is derived
// from it: a column added for an application's personal data is nulled here too, and nowhere else.
//
// What goes: the request (names, e-mail address, organisation, role, answers), the address's key, the
// hash of the body, the manage token's hash (so the token answers 401 from then on), the notes in the
// history written by people (an organiser's note may name or describe the applicant; the system's own
// reasons, such as an offer that ran out, stay), and the mails not sent yet. What stays: the status,
// the dates, the history's steps and who took them, and the mails already sent (their rows hold the
// event, never an address), so the counts still add up.
import type { Queryable } from '../db/database.js';

/** Whose applications: one person's, by the address as applications key it (trimmed, lower case), or whole tracks'. */
export type ErasureScope = { emailKey: string } | { trackIds: readonly string[] };

export interface ErasedApplication {
  id: string;
  trackId: string;
}

/**
 * Erases the personal data of the applications in `scope` that still hold it, at `now`; resolves the
 * ones it erased. It first locks their tracks' rows, in one order, as every step of the seat rules does
 * (repositories/cohorts.ts): a decision running beside it cannot write back a history it read before.
 */
export async function erasePersonalData(tx: Queryable, scope: ErasureScope, now: Date): Promise<ErasedApplication[]> {
  const [condition, value] =
    'emailKey' in scope ? ['email_key = $1', scope.emailKey] : ['track_id = ANY($1::text[]) AND erased_at IS NULL', [...scope.trackIds]];
  await tx.query(`SELECT 1 FROM learning_tracks WHERE id IN (SELECT track_id FROM applications WHERE ${condition}) ORDER BY id FOR UPDATE`, [value]);
  const erased = await tx.query<ErasedApplication>(
    `UPDATE applications SET
       request = NULL, email_key = NULL, body_hash = NULL, manage_token_hash = NULL, erased_at = $2,
       history = (SELECT coalesce(jsonb_agg(CASE WHEN step->>'by' = 'system' THEN step ELSE step - 'note' END ORDER BY n), '[]'::jsonb)
                  FROM jsonb_array_elements(history) WITH ORDINALITY AS steps(step, n))
     WHERE ${condition}
     RETURNING id, track_id AS "trackId"`,
    [value, now],
  );
  if (erased.length)
    await tx.query('DELETE FROM outbox WHERE sent_at IS NULL AND application_id = ANY($1::text[])', [erased.map((application) => application.id)]);
  return erased.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many applications per track, for the audit log and the command line: `{ trackId: n }`. */
export function countByTrack(applications: readonly ErasedApplication[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { trackId } of applications) counts[trackId] = (counts[trackId] ?? 0) + 1;
  return counts;
}
