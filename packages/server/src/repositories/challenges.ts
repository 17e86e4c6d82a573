import type { Challenge, KnownLang as Lang } from '@ino/sdk';
import { DEFAULT_CHALLENGE_STATUSES, fold, readChallengeSort, readStatuses, type ChallengeRecord, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';
import { selectPage, Where } from './sql.js';

const ORDER = {
  // Soonest deadline first, open-ended challenges last.
  closesAt: 'c.closes_at ASC NULLS LAST, c.id COLLATE "C"',
  updatedAt: 'c.updated_at DESC, c.id COLLATE "C"',
};

const named = (record: ChallengeRecord) => [...record.owners, ...record.partners];

/** GET /challenges (CONTRACT.md §3.2): open ones by default, by deadline. */
export async function listChallenges(db: Queryable, query: URLSearchParams, lang: Lang): Promise<PageOf<Challenge>> {
  const q = query.get('q')?.trim();
  const orderBy = ORDER[readChallengeSort(query)];
  const where = new Where()
    .add('c.status = ANY($?::text[])', readStatuses(query, DEFAULT_CHALLENGE_STATUSES))
    .add(`position($? in c.search_${lang}) > 0`, q && fold(q))
    .add('EXISTS (SELECT 1 FROM challenge_themes x WHERE x.challenge_id = c.id AND x.theme_id = $?)', query.get('theme'))
    .add(`EXISTS (SELECT 1 FROM challenge_organisations x WHERE x.challenge_id = c.id AND x.role = 'owner' AND x.organisation_id = $?)`, query.get('owner'))
    // A municipality's challenges: those that apply to it, and those it owns.
    .add(
      `($? = ANY(c.municipalities) OR EXISTS (SELECT 1 FROM challenge_organisations x JOIN organisations o ON o.id = x.organisation_id
                                               WHERE x.challenge_id = c.id AND x.role = 'owner' AND o.nis = $?))`,
      query.get('nis'),
    )
    .add('c.programme_id = $?', query.get('programme'));
  const page = await selectPage<{ record: ChallengeRecord }>(db, query, { columns: 'c.record', from: 'challenges c', where, orderBy });
  const build = await builderFor(db, page.items.flatMap((row) => named(row.record)));
  return { ...page, items: page.items.map((row) => build.challenge(row.record, lang)) };
}

export async function getChallenge(db: Queryable, id: string, lang: Lang): Promise<Challenge | undefined> {
  const [row] = await db.query<{ record: ChallengeRecord }>('SELECT record FROM challenges WHERE id = $1', [id]);
  return row && (await builderFor(db, named(row.record))).challenge(row.record, lang);
}
