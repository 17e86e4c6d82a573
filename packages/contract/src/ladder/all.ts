// The participation ladder's text in every language at once (`@ino/contract/ladder/all`), for what
// serves it (the mock API, the server) and for tests. One source: the JSON files in content/.
import type { KnownLang, ParticipationLadder } from '@ino/sdk';
import en from '../../content/ladder.en.json' with { type: 'json' };
import fr from '../../content/ladder.fr.json' with { type: 'json' };
import nl from '../../content/ladder.nl.json' with { type: 'json' };

export const ladders: Record<KnownLang, ParticipationLadder> = { nl, fr, en };
