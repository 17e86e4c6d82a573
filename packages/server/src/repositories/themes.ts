import type { KnownLang, Theme } from '@ino/sdk';
import { ResourceBuilder, type ThemeRecord } from '@ino/contract';
import type { Queryable } from '../db/database.js';

/** GET /themes (CONTRACT.md §3.6): every theme, labelled in the language. */
export async function listThemes(db: Queryable, lang: KnownLang): Promise<{ items: Theme[] }> {
  const rows = await db.query<{ record: ThemeRecord }>('SELECT record FROM themes ORDER BY position');
  return { items: new ResourceBuilder({ themes: rows.map((row) => row.record) }).themes(lang) };
}
