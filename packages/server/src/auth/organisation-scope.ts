// What a token limited to organisations may see and change (CONTRACT.md §4): the records of its
// organisations, nothing else. A record belongs to the organisations it names as its own (a practice's
// `organisations`, a challenge's `owners`, a track's `organisers`); an organisation record to itself.
// Themes and programmes are shared by every organisation: readable, never changed by a limited token.
// A record outside a token's view is answered as if it did not exist (404), so it learns nothing of it.
// One module for every route that asks, content now and the applications of part 2 later.
import type { Collection, Content, LearningTrackRecord, RecordOf } from '@ino/contract';
import { HttpProblem } from '../http/problem.js';
import type { Identity } from './identity.js';

type AnyRecord = RecordOf<Collection>;

/** The organisations a record of `collection` belongs to; undefined for themes and programmes (shared). */
function ownersOf(collection: Collection, record: AnyRecord): readonly string[] | undefined {
  switch (collection) {
    case 'practices':
      return (record as RecordOf<'practices'>).organisations;
    case 'challenges':
      return (record as RecordOf<'challenges'>).owners;
    case 'learningTracks':
      return (record as RecordOf<'learningTracks'>).organisers;
    case 'organisations':
      return [record.id];
    case 'themes':
    case 'programmes':
      return undefined;
  }
}

/** Whether something owned by `owners` belongs to one of the identity's organisations; always, unlimited. */
const belongs = ({ organisations }: Identity, owners: readonly string[] | undefined): boolean =>
  !organisations || (owners?.some((id) => organisations.includes(id)) ?? false);

const owns = (identity: Identity, collection: Collection, record: AnyRecord): boolean => belongs(identity, ownersOf(collection, record));

/** Whether the identity may see a learning track and what hangs on it (its applications, in part 2). */
export const maySeeTrack = (identity: Identity, track: Pick<LearningTrackRecord, 'organisers'>): boolean => belongs(identity, track.organisers);

/**
 * The store as the identity sees it: all of it unlimited; limited, its organisations' records, every
 * theme and programme, and the organisations its records name, so the document is whole (every id in
 * it names a record in it) and loads as it is.
 */
export function contentSeenBy(identity: Identity, content: Content): Content {
  if (!identity.organisations) return content;
  const practices = content.practices.filter((r) => owns(identity, 'practices', r));
  const challenges = content.challenges.filter((r) => owns(identity, 'challenges', r));
  const learningTracks = content.learningTracks.filter((r) => owns(identity, 'learningTracks', r));
  const named = new Set([
    ...practices.flatMap((r) => r.organisations),
    ...challenges.flatMap((r) => [...r.owners, ...r.partners]),
    ...learningTracks.flatMap((r) => r.organisers),
  ]);
  const organisations = content.organisations.filter((r) => named.has(r.id) || owns(identity, 'organisations', r));
  return { organisations, themes: content.themes, programmes: content.programmes, practices, challenges, learningTracks };
}

/** Whether the record is in the identity's view of the store (contentSeenBy). */
export function maySee(identity: Identity, content: Content, collection: Collection, record: AnyRecord): boolean {
  if (!identity.organisations) return true;
  return (contentSeenBy(identity, content)[collection] as AnyRecord[]).some((r) => r.id === record.id);
}

/**
 * Throws 403 when the identity may not change records of `collection` or this record (`current`,
 * undefined when it is to be created): a limited identity changes only records of its organisations.
 * Call it after `maySee`: a record it cannot see is a 404, not a 403.
 */
export function assertMayChange(identity: Identity, collection: Collection, current: AnyRecord | undefined): void {
  if (!identity.organisations) return;
  if (collection === 'themes' || collection === 'programmes')
    throw new HttpProblem(
      403,
      'forbidden',
      `${limitsOf(identity)}; ${collection} are shared by every organisation, so only a token that is not limited changes them.`,
    );
  if (current && !owns(identity, collection, current))
    throw new HttpProblem(403, 'forbidden', `${limitsOf(identity)}; this record is not one of theirs (you may read it because your records name it).`);
}

/**
 * Throws 403 when a limited identity's change would take `next` out of its organisations: the record
 * must still belong to one of them, and every organisation it adds as an owner must be one of them (it
 * may keep others already there, or take them off). So it cannot create a record for another
 * organisation, nor hand one over.
 */
export function assertKeptWithin(identity: Identity, collection: Collection, current: AnyRecord | undefined, next: AnyRecord): void {
  const mine = identity.organisations;
  if (!mine) return;
  const before = new Set(current ? ownersOf(collection, current) : []);
  const added = (ownersOf(collection, next) ?? []).filter((id) => !before.has(id) && !mine.includes(id));
  if (added.length) {
    const what = collection === 'organisations' ? `create the record of ${added[0]}` : `make ${added.join(', ')} an organisation of this record`;
    throw new HttpProblem(403, 'forbidden', `${limitsOf(identity)}; it cannot ${what}: ask someone whose token may edit all content.`);
  }
  if (!owns(identity, collection, next))
    throw new HttpProblem(403, 'forbidden', `${limitsOf(identity)}; after this change the record would belong to none of them, so it must keep at least one.`);
}

const limitsOf = ({ organisations = [] }: Identity): string =>
  `This token is limited to the organisations ${organisations.length ? organisations.join(', ') : '(none)'}`;
