// Personal data and the audit log (CONTRACT.md §4.3).
// NOT BUILT YET: a helper replaces these with the routes (issue 14).
import { HttpProblem } from '../http/problem.js';
import type { AdminRoute } from './admin-route.js';

const notYet: AdminRoute = async () => {
  throw new HttpProblem(501, 'not-implemented', 'Not built yet.');
};

export const PERSONAL_DATA_ADMIN = { erasePersonalData: notYet, personalData: notYet, listAudit: notYet };
