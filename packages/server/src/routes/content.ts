// The reads of CONTRACT.md §3, one per `read` route of the contract's route table: each reads a body in
// the asked language, or undefined for 404.
import type { RouteNameOf } from '@ino/contract';
import type { KnownLang as Lang } from '@ino/sdk';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { getChallenge, listChallenges } from '../repositories/challenges.js';
import { getLadder } from '../repositories/ladder.js';
import { getLearningTrack, listLearningTracks } from '../repositories/learning-tracks.js';
import { expireDueOffers } from '../repositories/offer-sweep.js';
import { listOrganisations } from '../repositories/organisations.js';
import { getPractice, listPractices } from '../repositories/practices.js';
import { listThemes } from '../repositories/themes.js';

/** `now` is the server's clock at the request: what the clock decides (a deadline passed) is decided with it. */
export type Read = (
  db: Database,
  query: URLSearchParams,
  lang: Lang,
  params: Record<string, string>,
  now: Date,
  config: Pick<Config, 'offerWindowSeconds'>,
) => Promise<object | undefined>;

export const READS: Record<RouteNameOf<'read'>, Read> = {
  listPractices: (db, query, lang) => listPractices(db, query, lang),
  getPractice: (db, _query, lang, { id }) => getPractice(db, id!, lang),
  listChallenges: (db, query, lang, _params, now) => listChallenges(db, query, lang, now),
  getChallenge: (db, _query, lang, { id }, now) => getChallenge(db, id!, lang, now),
  // A track's seatsTaken and status must not count an offer that has run out (repositories/offer-sweep.ts).
  listLearningTracks: async (db, query, lang, _params, now, config) => {
    await expireDueOffers(db, now, config.offerWindowSeconds);
    return listLearningTracks(db, query, lang, now);
  },
  getLearningTrack: async (db, _query, lang, { id }, now, config) => {
    await expireDueOffers(db, now, config.offerWindowSeconds, id);
    return getLearningTrack(db, id!, lang, now);
  },
  listOrganisations: (db, query, _lang, _params, now) => listOrganisations(db, query, now),
  listThemes: (db, _query, lang) => listThemes(db, lang),
  getParticipationLadder: (db, _query, lang) => getLadder(db, lang),
};

/** The reads whose answers show a track's seats: an application changes them, and nothing else. */
export const SHOWS_SEATS: ReadonlySet<RouteNameOf<'read'>> = new Set(['listLearningTracks', 'getLearningTrack']);
