// The Flemish participation ladder of the Kenniscentrum Participatie, built in so that the picker works
// without a network. The text is the contract's (@ino/contract/ladder: the JSON files the mock API and
// the server serve too), so the offline picker, the API and the practice card's badges cannot disagree.
import type { LadderRung, ParticipationLadder } from '@ino/sdk';
import { dutchLadder, ladderLoaders } from '@ino/contract/ladder';
import { Catalogue } from '../shared/catalogue.js';

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const ladderContent = new Catalogue<ParticipationLadder>(dutchLadder, ladderLoaders);

/** The rung at a level (1–5) of a ladder. */
export function rungAt(ladder: ParticipationLadder, level: number): LadderRung | undefined {
  return ladder.rungs.find((rung) => rung.level === level);
}
