// The bundled content (`@ino/contract/content`): content/content.json, checked against the record
// schemas once, when this module is first imported (a bad file fails there, naming every wrong path),
// and the participation ladder. What the mock API serves by default and the server loads when empty,
// with its dates moved to the day it is loaded on.
import bundled from '../content/content.json' with { type: 'json' };
import { parseContent } from './records/validate.js';
import type { Content } from './records/schemas.js';
import { contentAsOf } from './schedule/shift-schedule.js';

export { ladders as bundledLadders } from './ladder/all.js';

/** The day content.json's dates were written for; they move with the day the content is loaded on. */
export const BUNDLED_CONTENT_WRITTEN_FOR = '2026-11-22';

const asWritten: Content = parseContent(bundled, 'packages/contract/content/content.json');

/** The bundled content with its dates as of the Brussels day of `now` (see shift-schedule.ts). */
export function bundledContentAt(now: Date): Content {
  return contentAsOf(asWritten, BUNDLED_CONTENT_WRITTEN_FOR, now);
}

/** The bundled content as of the day this module was loaded. */
export const bundledContent: Content = bundledContentAt(new Date());
