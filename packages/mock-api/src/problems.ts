import { HttpResponse } from 'msw';
import type { ProblemKind } from '@ino/sdk';
import { problemBody, READ_CORS, type ProblemOptions } from '@ino/contract';

/** An RFC 9457 problem response, as every error of the API is. */
export function problem(status: number, kind: ProblemKind, options: ProblemOptions = {}): Response {
  const headers: Record<string, string> = { ...READ_CORS, 'content-type': 'application/problem+json' };
  if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
  return HttpResponse.json(problemBody(status, kind, options), { status, headers });
}
