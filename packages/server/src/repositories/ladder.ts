import type { KnownLang, ParticipationLadder } from '@ino/sdk';
import type { Queryable } from '../db/database.js';

/** GET /participation-ladder (CONTRACT.md §3.5): the ladder as loaded for that language. */
export async function getLadder(db: Queryable, lang: KnownLang): Promise<ParticipationLadder | undefined> {
  const [row] = await db.query<{ ladder: ParticipationLadder }>('SELECT ladder FROM participation_ladder WHERE lang = $1', [lang]);
  return row?.ladder;
}
