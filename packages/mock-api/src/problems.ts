import { HttpResponse } from 'msw';
import { PROBLEM_TYPE_BASE, type FieldError, type ProblemKind } from '@ino/sdk';

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

/** An RFC 9457 problem response, as every error of the API is. */
export function problem(status: number, kind: ProblemKind, { detail, errors, retryAfter }: ProblemOptions = {}): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' };
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  const body = { type: `${PROBLEM_TYPE_BASE}${kind}`, title: TITLES[kind] ?? kind, status, detail, errors };
  return HttpResponse.json(body, { status, headers });
}
