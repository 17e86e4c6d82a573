import { PROBLEM_TYPE_BASE, type FieldError, type Problem, type ProblemKind } from '@ino/sdk';

const TITLES: Record<string, string> = {
  validation: 'The request is not valid',
  'not-found': 'Not found',
  'duplicate-application': 'This e-mail address already applied to this track',
  'applications-closed': 'This track does not take applications now',
  'idempotency-mismatch': 'This Idempotency-Key was used with another body',
  'invalid-cursor': 'The cursor is not valid',
  'rate-limited': 'Too many requests',
  unavailable: 'Temporarily unavailable',
  internal: 'Something went wrong on our side',
  unauthorized: 'Sign in to do this',
  forbidden: 'This token may not do this',
  'forbidden-origin': 'This site may not send this request',
  conflict: 'Not allowed in the current state',
  'seats-exhausted': 'Every seat is taken',
  'offer-expired': 'The offered seat is no longer held',
  'precondition-required': 'Send If-Match or If-None-Match',
  'precondition-failed': 'Someone else changed this first',
  // What HTTP itself refuses, before any rule of the contract: the reference server's own types.
  'bad-request': 'The request could not be read',
  'method-not-allowed': 'This path does not take this method',
  'request-timeout': 'The request did not arrive in time',
  'expectation-failed': 'This expectation is not supported',
  'headers-too-large': 'The request headers are too large',
};

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
  /** Where problem types live: an absolute URL ending in `/problems/`; the SDK's example base by default. */
  base?: string;
}

/** The RFC 9457 body of a problem of CONTRACT.md §2: its type URI, title and status. */
export function problemBody(status: number, kind: ProblemKind, { detail, errors, base = PROBLEM_TYPE_BASE }: ProblemOptions = {}): Problem {
  return { type: `${base}${kind}`, title: TITLES[kind] ?? kind, status, detail, errors };
}
