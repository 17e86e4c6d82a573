import type { InoConnection } from '../connection.js';
import { ChallengeSchema, type Challenge, type ChallengeStatus } from '../schemas/challenge.js';
import { readResource, type PageQuery, type ReadResource } from './paged.js';

export interface ChallengeQuery extends PageQuery {
  /** One or more statuses; the API's default is `open`. */
  status?: ChallengeStatus | readonly ChallengeStatus[];
  theme?: string;
  owner?: string;
  nis?: string;
  programme?: string;
  q?: string;
  sort?: 'closesAt' | 'updatedAt';
}

/** GET /challenges and /challenges/{id}. */
export function challengesOf(connection: InoConnection): ReadResource<Challenge, ChallengeQuery> {
  return readResource(connection, '/challenges', ChallengeSchema, 'challenge');
}
