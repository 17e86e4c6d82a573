import { createConnection, type ClientOptions } from './connection.js';
import { challengesOf, type ChallengeQuery } from './resources/challenges.js';
import { learningTracksOf, type LearningTracksResource } from './resources/learning-tracks.js';
import { organisationsOf, type OrganisationQuery } from './resources/organisations.js';
import type { ListResource, ReadResource } from './resources/paged.js';
import { participationLadderOf, type ParticipationLadderResource } from './resources/participation-ladder.js';
import { practicesOf, type PracticeQuery } from './resources/practices.js';
import { themesOf, type ThemesResource } from './resources/themes.js';
import type { Challenge } from './schemas/challenge.js';
import type { Lang } from './schemas/common.js';
import type { Organisation } from './schemas/organisation.js';
import type { Practice } from './schemas/practice.js';

/** Every resource of the API on one object. Code that needs one resource bundles less with `createConnection` and its `…Of` function. */
export interface InoClient {
  readonly baseUrl: string;
  readonly lang: Lang;
  practices: ReadResource<Practice, PracticeQuery>;
  challenges: ReadResource<Challenge, ChallengeQuery>;
  learningTracks: LearningTracksResource;
  organisations: ListResource<Organisation, OrganisationQuery>;
  themes: ThemesResource;
  participationLadder: ParticipationLadderResource;
}

export function createClient(options: ClientOptions): InoClient {
  const connection = createConnection(options);
  return {
    baseUrl: connection.baseUrl,
    lang: connection.lang,
    practices: practicesOf(connection),
    challenges: challengesOf(connection),
    learningTracks: learningTracksOf(connection),
    organisations: organisationsOf(connection),
    themes: themesOf(connection),
    participationLadder: participationLadderOf(connection),
  };
}
