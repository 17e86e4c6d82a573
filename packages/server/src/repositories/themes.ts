import type { Theme } from '@ino/sdk';
import type { Lang } from '@ino/mock-api/dataset';
import type { Queryable } from '../db/database.js';
import { builderFor } from './builder.js';

/** GET /themes (CONTRACT.md §3.6): every theme, labelled in the language. */
export async function listThemes(db: Queryable, lang: Lang): Promise<{ items: Theme[] }> {
  return { items: (await builderFor(db, [])).themes(lang) };
}
