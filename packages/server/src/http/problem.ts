// Every error the server gives is an RFC 9457 problem (application/problem+json), with the type URIs
// of CONTRACT.md §2; errors without a contract type use `about:blank` and the HTTP status's title.
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { FieldError, Problem, ProblemKind } from '@ino/sdk';
import { problemBody, type ApplyProblem } from '@ino/contract';

export class HttpProblem extends Error {
  readonly body: Problem;
  readonly headers: Record<string, string>;

  constructor(status: number, kind: ProblemKind | 'about:blank', detail?: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail ?? kind);
    this.body = kind === 'about:blank'
      ? { type: 'about:blank', title: STATUS_CODES[status] ?? `HTTP ${status}`, status, detail }
      : problemBody(status, kind, { detail, errors: options.errors });
    this.headers = options.headers ?? {};
  }

  /** One of the shared application rules' problems (applyProblems), as an HTTP problem. */
  static from(problem: ApplyProblem): HttpProblem {
    return new HttpProblem(problem.status, problem.problem, problem.detail, { errors: problem.errors });
  }

  get status(): number {
    return this.body.status!;
  }

  /** Adds headers it does not have yet (CORS on the way out); its own stay. */
  withHeaders(headers: Record<string, string>): this {
    for (const [name, value] of Object.entries(headers)) this.headers[name] ??= value;
    return this;
  }
}

/** Sends a problem with its own headers (CORS, Retry-After, Allow). Problems are never cached. */
export function sendProblem(response: ServerResponse, problem: HttpProblem): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const json = JSON.stringify(problem.body);
  response.writeHead(problem.status, {
    ...problem.headers,
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
  });
  response.end(json);
}
