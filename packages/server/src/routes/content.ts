// The GET endpoints of CONTRACT.md §3: each reads a body in the asked language, or undefined for 404.
import type { KnownLang as Lang } from '@ino/sdk';
import type { Queryable } from '../db/database.js';
import { getChallenge, listChallenges } from '../repositories/challenges.js';
import { getLadder } from '../repositories/ladder.js';
import { getLearningTrack, listLearningTracks } from '../repositories/learning-tracks.js';
import { listOrganisations } from '../repositories/organisations.js';
import { getPractice, listPractices } from '../repositories/practices.js';
import { listThemes } from '../repositories/themes.js';

export type Read = (db: Queryable, query: URLSearchParams, lang: Lang, params: Record<string, string>) => Promise<object | undefined>;

export const READS: Record<string, Read> = {
  '/practices': (db, query, lang) => listPractices(db, query, lang),
  '/practices/:id': (db, _query, lang, { id }) => getPractice(db, id!, lang),
  '/challenges': (db, query, lang) => listChallenges(db, query, lang),
  '/challenges/:id': (db, _query, lang, { id }) => getChallenge(db, id!, lang),
  '/learning-tracks': (db, query, lang) => listLearningTracks(db, query, lang),
  '/learning-tracks/:id': (db, _query, lang, { id }) => getLearningTrack(db, id!, lang),
  '/organisations': (db, query) => listOrganisations(db, query),
  '/themes': (db, _query, lang) => listThemes(db, lang),
  '/participation-ladder': (db, _query, lang) => getLadder(db, lang),
};

export const APPLICATIONS_PATH = '/learning-tracks/:id/applications';
