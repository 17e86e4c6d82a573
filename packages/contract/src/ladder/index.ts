// The participation ladder's text as the widgets build it in (`@ino/contract/ladder`): Dutch at once,
// French and English each fetched the first time it is needed (a chunk of its own in a bundle). Free of
// side effects and of everything else of the contract, so a widget's bundle carries only this text.
import type { KnownLang, ParticipationLadder } from '@ino/sdk';
import dutch from '../../content/ladder.nl.json' with { type: 'json' };

export const dutchLadder: ParticipationLadder = dutch;

/** The other languages, each loaded on first use. */
export const ladderLoaders: Record<Exclude<KnownLang, 'nl'>, () => Promise<ParticipationLadder>> = {
  fr: async () => (await import('../../content/ladder.fr.json', { with: { type: 'json' } })).default,
  en: async () => (await import('../../content/ladder.en.json', { with: { type: 'json' } })).default,
};
