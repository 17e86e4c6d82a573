import type { KnownLang as Lang, Practice } from '@ino/sdk';
import { fold, readRung, type PageOf, type PracticeRecord } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';
import { selectPage, Where } from './sql.js';

/** GET /practices (CONTRACT.md §3.1): filtered, newest first. */
export async function listPractices(db: Queryable, query: URLSearchParams, lang: Lang): Promise<PageOf<Practice>> {
  const q = query.get('q')?.trim();
  const where = new Where()
    .add(`position($? in p.search_${lang}) > 0`, q && fold(q))
    .add('EXISTS (SELECT 1 FROM practice_themes x WHERE x.practice_id = p.id AND x.theme_id = $?)', query.get('theme'))
    .add('p.level = $?', query.get('level'))
    .add('p.ladder_rung = $?', readRung(query))
    .add('p.facet = $?', query.get('facet'))
    .add('p.stage = $?', query.get('stage'))
    .add('EXISTS (SELECT 1 FROM practice_organisations x WHERE x.practice_id = p.id AND x.organisation_id = $?)', query.get('organisation'))
    .add(
      `EXISTS (SELECT 1 FROM practice_organisations x JOIN organisations o ON o.id = x.organisation_id
               WHERE x.practice_id = p.id AND o.nis = $?)`,
      query.get('nis'),
    );
  const page = await selectPage<{ record: PracticeRecord }>(db, query, {
    columns: 'p.record',
    from: 'practices p',
    where,
    orderBy: 'p.updated_at DESC, p.id COLLATE "C"',
  });
  const build = await builderFor(
    db,
    page.items.flatMap((row) => row.record.organisations),
  );
  return { ...page, items: page.items.map((row) => build.practice(row.record, lang)) };
}

export async function getPractice(db: Queryable, id: string, lang: Lang): Promise<Practice | undefined> {
  const [row] = await db.query<{ record: PracticeRecord }>('SELECT record FROM practices WHERE id = $1', [id]);
  return row && (await builderFor(db, row.record.organisations)).practice(row.record, lang);
}
