// The content store as records (CONTRACT.md §4.1): what GET /admin/content and `ino-server content
// export` answer, in an order that does not change (themes as placed, the rest by id), so that an
// export loaded again exports the same.
import { etagOf, stableJson, type Collection, type Content } from '@ino/contract';
import type { Queryable } from '../db/database.js';

/** Collection → table. */
const TABLES: Record<Collection, string> = {
  organisations: 'organisations',
  themes: 'themes',
  programmes: 'programmes',
  practices: 'practices',
  challenges: 'challenges',
  learningTracks: 'learning_tracks',
};

/** The collections by their name in /admin/{collection}/{id}. */
export const COLLECTION_BY_PATH: Readonly<Record<string, Collection>> = {
  organisations: 'organisations',
  themes: 'themes',
  programmes: 'programmes',
  practices: 'practices',
  challenges: 'challenges',
  'learning-tracks': 'learningTracks',
};

export async function readContent(db: Queryable): Promise<Content> {
  const content = {} as Record<Collection, unknown[]>;
  for (const [collection, table] of Object.entries(TABLES) as [Collection, string][]) {
    const order = collection === 'themes' ? 'position' : 'id';
    content[collection] = (await db.query<{ record: unknown }>(`SELECT record FROM ${table} ORDER BY ${order}`)).map((row) => row.record);
  }
  return content as unknown as Content;
}

/** A record's ETag: of its JSON with sorted keys, so the order jsonb keeps its keys in does not matter. */
export const recordEtag = (record: unknown): string => etagOf(stableJson(record));
