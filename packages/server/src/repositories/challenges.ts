import { challengeStatusAt, type Challenge, type KnownLang as Lang } from '@ino/sdk';
import { DEFAULT_CHALLENGE_STATUSES, fold, readChallengeSort, readStatuses, type ChallengeRecord, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';
import { challengeStatusSql } from './challenge-status-sql.js';
import { selectPage, Where } from './sql.js';

const ORDER = {
  // Soonest deadline first, open-ended challenges last.
  closesAt: 'c.closes_at ASC NULLS LAST, c.id COLLATE "C"',
  updatedAt: 'c.updated_at DESC, c.id COLLATE "C"',
};

const named = (record: ChallengeRecord) => [...record.owners, ...record.partners];

/** A challenge built in `lang`, with the status the clock gives it at `now`. */
const builtAt = (build: Awaited<ReturnType<typeof builderFor>>, record: ChallengeRecord, lang: Lang, now: Date): Challenge => {
  const challenge = build.challenge(record, lang);
  return { ...challenge, status: challengeStatusAt(challenge, now) };
};

/** GET /challenges (CONTRACT.md §3.2): open ones by default (open as the clock has it at `now`), by deadline. */
export async function listChallenges(db: Queryable, query: URLSearchParams, lang: Lang, now: Date): Promise<PageOf<Challenge>> {
  const q = query.get('q')?.trim();
  const orderBy = ORDER[readChallengeSort(query)];
  const where = new Where();
  where
    .add(`${challengeStatusSql('c', where.param(now.toISOString()))} = ANY($?::text[])`, readStatuses(query, DEFAULT_CHALLENGE_STATUSES))
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
  const build = await builderFor(
    db,
    page.items.flatMap((row) => named(row.record)),
  );
  return { ...page, items: page.items.map((row) => builtAt(build, row.record, lang, now)) };
}

export async function getChallenge(db: Queryable, id: string, lang: Lang, now: Date): Promise<Challenge | undefined> {
  const [row] = await db.query<{ record: ChallengeRecord }>('SELECT record FROM challenges WHERE id = $1', [id]);
  return row && builtAt(await builderFor(db, named(row.record)), row.record, lang, now);
}
