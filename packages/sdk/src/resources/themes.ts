import * as z from 'zod/mini';
import type { CallOptions, InoConnection } from '../connection.js';
import { ThemeSchema, type Theme } from '../schemas/common.js';

const ThemeListSchema = z.object({ items: z.array(ThemeSchema) });

export interface ThemesResource {
  list(options?: CallOptions): Promise<Theme[]>;
}

/** GET /themes. */
export function themesOf(connection: InoConnection): ThemesResource {
  return {
    list: async (call) => (await connection.getValid(ThemeListSchema, 'The theme list', '/themes', {}, call)).items,
  };
}
