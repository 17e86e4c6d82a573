import type { ParticipationLadder } from '@ino/sdk';
import type { Dataset, Lang } from '@ino/mock-api/dataset';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';

/** GET /participation-ladder (CONTRACT.md §3.5). */
export async function getLadder(db: Queryable, lang: Lang): Promise<ParticipationLadder | undefined> {
  const [row] = await db.query<Dataset['ladder']>('SELECT version, rungs FROM participation_ladder');
  return row && (await builderFor(db, [], row)).ladder(lang);
}
