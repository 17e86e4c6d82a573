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
};

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
}

/** The RFC 9457 body of a problem of CONTRACT.md §2: its type URI, title and status. */
export function problemBody(status: number, kind: ProblemKind, { detail, errors }: ProblemOptions = {}): Problem {
  return { type: `${PROBLEM_TYPE_BASE}${kind}`, title: TITLES[kind] ?? kind, status, detail, errors };
}
