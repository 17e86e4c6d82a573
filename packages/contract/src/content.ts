// The bundled content (`@ino/contract/content`): content/content.json, checked against the record
// schemas once, when this module is first imported (a bad file fails there, naming every wrong path),
// and the participation ladder. What the mock API serves by default and the server loads when empty.
import bundled from '../content/content.json' with { type: 'json' };
import { parseContent } from './records/validate.js';
import type { Content } from './records/schemas.js';

export { ladders as bundledLadders } from './ladder/all.js';

export const bundledContent: Content = parseContent(bundled, 'packages/contract/content/content.json');
