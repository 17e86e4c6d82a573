import type { Organisation } from '@ino/sdk';
import { fold, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';
import { selectPage, Where } from './sql.js';

/** GET /organisations (CONTRACT.md §3.6): by name, accents and case aside. */
export async function listOrganisations(db: Queryable, query: URLSearchParams): Promise<PageOf<Organisation>> {
  const q = query.get('q')?.trim();
  const where = new Where()
    .add('o.kind = $?', query.get('kind'))
    .add('o.level = $?', query.get('level'))
    .add('position($? in o.folded_name) > 0', q && fold(q));
  const page = await selectPage<{ record: Organisation }>(db, query, { columns: 'o.record', from: 'organisations o', where, orderBy: 'o.folded_name COLLATE "C", o.id COLLATE "C"' });
  return { ...page, items: page.items.map((row) => row.record) };
}
