import type { InoConnection } from '../connection.js';
import { PracticeSchema, type Practice } from '../schemas/practice.js';
import { readResource, type PageQuery, type ReadResource } from './paged.js';

export interface PracticeQuery extends PageQuery {
  q?: string;
  theme?: string;
  level?: string;
  rung?: number;
  facet?: string;
  stage?: string;
  organisation?: string;
  nis?: string;
}

/** GET /practices and /practices/{id}. */
export function practicesOf(connection: InoConnection): ReadResource<Practice, PracticeQuery> {
  return readResource(connection, '/practices', PracticeSchema, 'practice');
}
