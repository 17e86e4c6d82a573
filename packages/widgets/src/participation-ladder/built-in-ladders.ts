// The built-in ladder in every language at once (`@ino/widgets/ladder-content`), for code that needs
// them all and does not care about download size, such as tests. Widgets use the catalogue in
// ladder-content.ts, which fetches French and English only when they are spoken.
import type { KnownLang, ParticipationLadder } from '@ino/sdk';
import { ladders } from '@ino/contract/ladder/all';
import { participationLadderMessages } from './participation-ladder.messages.js';
import { en } from './participation-ladder.messages.en.js';
import { fr } from './participation-ladder.messages.fr.js';

/** The ladder in each language the widgets speak. */
export const builtInLadders: Record<KnownLang, ParticipationLadder> = ladders;

/** What each gradation of rung 2 means, per language. */
export const variantDescriptions: Record<KnownLang, Record<string, string>> = {
  nl: participationLadderMessages.in('nl').variantDescriptions,
  fr: fr.variantDescriptions,
  en: en.variantDescriptions,
};

export { rungAt } from './ladder-content.js';
