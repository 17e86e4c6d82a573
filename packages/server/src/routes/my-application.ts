// One's own application (CONTRACT.md §3.7), by the manage token from the applicant's mail.
// NOT BUILT YET: a helper replaces these with the routes (issue 14).
import { HttpProblem } from '../http/problem.js';
import type { Write } from './write-route.js';

const notYet: Write = async () => {
  throw new HttpProblem(501, 'not-implemented', 'Not built yet.');
};

export const MY_APPLICATION_WRITES = { myApplication: notYet, cancelMyApplication: notYet, acceptOffer: notYet };
