import * as z from 'zod/mini';
import type { CallOptions, InoConnection } from '../connection.js';
import type { ReadResult } from '../read-tolerantly.js';
import { ThemeSchema, type Theme } from '../schemas/common.js';

const ThemeListSchema = z.object({ items: z.array(ThemeSchema) });

export interface ThemesResource {
  list(options?: CallOptions): Promise<Theme[]>;
  /** The themes with what was dropped from the list (`items.2`). */
  read(options?: CallOptions): Promise<ReadResult<Theme[]>>;
}

/** GET /themes. */
export function themesOf(connection: InoConnection): ThemesResource {
  const read = async (call?: CallOptions): Promise<ReadResult<Theme[]>> => {
    const { value, dropped } = await connection.read(ThemeListSchema, 'The theme list', '/themes', {}, call);
    return { value: value.items, dropped };
  };
  return { read, list: async (call) => (await read(call)).value };
}
