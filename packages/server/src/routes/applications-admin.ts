// The organiser's applications (CONTRACT.md §4.2).
// NOT BUILT YET: a helper replaces these with the routes (issue 14).
import { HttpProblem } from '../http/problem.js';
import type { AdminRoute } from './admin-route.js';

const notYet: AdminRoute = async () => {
  throw new HttpProblem(501, 'not-implemented', 'Not built yet.');
};

export const APPLICATIONS_ADMIN = { listApplications: notYet, getApplication: notYet, decideOnApplication: notYet };
