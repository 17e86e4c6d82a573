import type { ParticipationLadder } from '@ino/sdk';
import { ResourceBuilder } from '@ino/mock-api/shared';
import type { Dataset, Lang } from '@ino/mock-api/dataset';
import type { Queryable } from '../db/database.js';

/** GET /participation-ladder (CONTRACT.md §3.5). */
export async function getLadder(db: Queryable, lang: Lang): Promise<ParticipationLadder | undefined> {
  const [row] = await db.query<Dataset['ladder']>('SELECT version, rungs FROM participation_ladder');
  return row && new ResourceBuilder({ ladder: row }).ladder(lang);
}
