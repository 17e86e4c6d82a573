import type { Theme } from '@ino/sdk';
import { ResourceBuilder } from '@ino/mock-api/shared';
import type { Dataset, Lang } from '@ino/mock-api/dataset';
import type { Queryable } from '../db/database.js';

/** GET /themes (CONTRACT.md §3.6): every theme, labelled in the language. */
export async function listThemes(db: Queryable, lang: Lang): Promise<{ items: Theme[] }> {
  const themes = await db.query<Dataset['themes'][number]>('SELECT id, label FROM themes ORDER BY position');
  return { items: new ResourceBuilder({ themes }).themes(lang) };
}
