import type { FieldError } from '@ino/sdk';

/** An answer other than 200/201 to an application (CONTRACT.md §3.4), before it becomes an HTTP problem. */
export interface ApplyProblem {
  kind: 'problem';
  status: number;
  problem: 'not-found' | 'validation' | 'idempotency-mismatch' | 'duplicate-application' | 'applications-closed' | 'too-many-applications';
  detail: string;
  errors?: FieldError[];
}

/** Every problem the application rules give, with its status and wording. */
export const applyProblems = {
  unknownTrack: (trackId: string): ApplyProblem => ({ kind: 'problem', status: 404, problem: 'not-found', detail: `No learning track ${trackId}` }),
  notJsonMediaType: (): ApplyProblem => ({ kind: 'problem', status: 415, problem: 'validation', detail: 'Send the application as application/json.' }),
  notJson: (): ApplyProblem => ({ kind: 'problem', status: 400, problem: 'validation', detail: 'The body is not JSON.' }),
  missingKey: (): ApplyProblem => ({
    kind: 'problem',
    status: 400,
    problem: 'validation',
    detail: 'An Idempotency-Key header of 8–128 characters [A-Za-z0-9_-] is required.',
  }),
  keyReused: (): ApplyProblem => ({
    kind: 'problem',
    status: 422,
    problem: 'idempotency-mismatch',
    detail: 'This Idempotency-Key was already used with another body.',
  }),
  closed: (trackStatus: string): ApplyProblem => ({ kind: 'problem', status: 410, problem: 'applications-closed', detail: `The track is ${trackStatus}.` }),
  full: (): ApplyProblem => ({ kind: 'problem', status: 410, problem: 'applications-closed', detail: 'The track is full and keeps no waitlist.' }),
  duplicate: (): ApplyProblem => ({
    kind: 'problem',
    status: 409,
    problem: 'duplicate-application',
    detail: 'This e-mail address already applied to this track.',
  }),
  // 409, not 429: waiting does not help (the cap counts applications that hold or wait for a seat, not
  // requests), and Retry-After would promise that it does. What helps is in the detail.
  tooManyFromAddress: (cap: number): ApplyProblem => ({
    kind: 'problem',
    status: 409,
    problem: 'too-many-applications',
    detail:
      `This track already has ${cap} applications sent from your network address, as many as it takes from one address. ` +
      'If colleagues share your connection, apply from another one or ask the organisers to add you.',
  }),
  invalid: (errors: FieldError[]): ApplyProblem => ({
    kind: 'problem',
    status: 422,
    problem: 'validation',
    detail: `${errors.length} field(s) need attention`,
    errors,
  }),
};
