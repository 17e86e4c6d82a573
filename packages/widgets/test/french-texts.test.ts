// The French texts the widgets carry: one kind of apostrophe, the straight one (as nearly all of them
// were written), in every catalogue and in the built-in ladder shown beside them.
import { expect } from '@open-wc/testing';
import { fr as applicationStatusFr } from '../src/application-status/application-status.messages.fr.js';
import { fr as challengeFeedFr } from '../src/challenge-feed/challenge-feed.messages.fr.js';
import { fr as signupFr } from '../src/learning-track-signup/learning-track-signup.messages.fr.js';
import { ladders } from '@ino/contract/ladder/all';
import { fr as ladderFr } from '../src/participation-ladder/participation-ladder.messages.fr.js';
import { fr as practiceCardFr } from '../src/practice-card/practice-card.messages.fr.js';
import { fr as sharedFr } from '../src/shared/messages.fr.js';
import { fr as trackApplicationsFr } from '../src/track-applications/track-applications.messages.fr.js';

/** Every text a catalogue holds: its strings, and what its functions say for sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [1, 2].map((n) => String((value as (...args: unknown[]) => unknown)(n, n, n)));
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('the French texts', () => {
  it('write every elision with the straight apostrophe, never the typographic one', () => {
    const all = [applicationStatusFr, challengeFeedFr, signupFr, ladderFr, practiceCardFr, sharedFr, trackApplicationsFr, ladders.fr].flatMap(texts);
    expect(all.filter((text) => text.includes('\u2019'))).to.deep.equal([]);
    expect(all.filter((text) => /\p{L}'\p{L}/u.test(text)).length, 'elisions with the straight apostrophe').to.be.greaterThan(20);
  });
});
