import type { Organisation } from '@ino/sdk';
import { fold, readStatuses, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { challengeStatusSql } from './challenge-status-sql.js';
import { selectPage, Where } from './sql.js';

/** GET /organisations (CONTRACT.md §3.6): by name, accents and case aside; `challengeStatus` as the clock has it at `now`. */
export async function listOrganisations(db: Queryable, query: URLSearchParams, now: Date): Promise<PageOf<Organisation>> {
  const q = query.get('q')?.trim();
  const where = new Where();
  if (query.get('challengeStatus')) {
    where.add(
      `EXISTS (SELECT 1 FROM challenge_organisations x JOIN challenges c ON c.id = x.challenge_id
               WHERE x.organisation_id = o.id AND x.role = 'owner' AND ${challengeStatusSql('c', where.param(now.toISOString()))} = ANY($?::text[]))`,
      readStatuses(query, [], 'challengeStatus'),
    );
  }
  where
    .add('o.kind = $?', query.get('kind'))
    .add('o.level = $?', query.get('level'))
    .add('position($? in o.folded_name) > 0', q && fold(q));
  const page = await selectPage<{ record: Organisation }>(db, query, {
    columns: 'o.record',
    from: 'organisations o',
    where,
    orderBy: 'o.folded_name COLLATE "C", o.id COLLATE "C"',
  });
  return { ...page, items: page.items.map((row) => row.record) };
}
