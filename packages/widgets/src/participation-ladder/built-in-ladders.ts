// The built-in ladder in every language at once, for code that needs them all and does not care
// about download size: the mock API's dataset (served in Node) and the tests. Widgets use the
// catalogue in ladder-content.ts, which fetches French and English only when they are spoken.
import type { KnownLang, ParticipationLadder } from '@ino/sdk';
import { ladderContent } from './ladder-content.js';
import { en } from './ladder-content.en.js';
import { fr } from './ladder-content.fr.js';

const nl = ladderContent.in('nl');

/** The ladder in each language the widgets speak. */
export const builtInLadders: Record<KnownLang, ParticipationLadder> = { nl: nl.ladder, fr: fr.ladder, en: en.ladder };

/** What each gradation of rung 2 means, per language. */
export const variantDescriptions: Record<KnownLang, Record<string, string>> = {
  nl: nl.variantDescriptions,
  fr: fr.variantDescriptions,
  en: en.variantDescriptions,
};

export { rungAt } from './ladder-content.js';
