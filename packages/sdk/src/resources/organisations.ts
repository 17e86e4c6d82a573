import type { InoConnection } from '../connection.js';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.js';
import { listResource, type ListResource, type PageQuery } from './paged.js';

export interface OrganisationQuery extends PageQuery {
  kind?: string;
  level?: string;
  q?: string;
  /** Only organisations that own a challenge in one of these statuses (as the clock has them): for an owner filter. */
  challengeStatus?: string | readonly string[];
}

/** GET /organisations. */
export function organisationsOf(connection: InoConnection): ListResource<Organisation, OrganisationQuery> {
  return listResource(connection, '/organisations', OrganisationSchema, 'organisations');
}
