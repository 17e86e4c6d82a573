import { HttpResponse } from 'msw';
import type { ProblemKind } from '@ino/sdk';
import { problemBody, type ProblemOptions } from './problem-body.js';

/** An RFC 9457 problem response, as every error of the API is. */
export function problem(status: number, kind: ProblemKind, options: ProblemOptions = {}): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' };
  if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
  return HttpResponse.json(problemBody(status, kind, options), { status, headers });
}
