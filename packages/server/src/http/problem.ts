// Every error the server gives is an RFC 9457 problem (application/problem+json), with a problem type
// under the operator's problem base (INO_PROBLEM_BASE, by default the server's own
// `{base path}/problems/`): those of CONTRACT.md §2, and for what HTTP itself refuses (a bad request,
// another method, a timeout) a type of the server's own, so that every answer names its problem.
import type { ServerResponse } from 'node:http';
import type { FieldError, Problem, ProblemKind } from '@ino/sdk';
import { problemBody, type ApplyProblem } from '@ino/contract';

export class HttpProblem extends Error {
  readonly status: number;
  readonly kind: ProblemKind;
  readonly detail?: string;
  readonly errors?: FieldError[];
  readonly headers: Record<string, string>;

  constructor(status: number, kind: ProblemKind, detail?: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail ?? kind);
    this.status = status;
    this.kind = kind;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  /** One of the shared application rules' problems (applyProblems), as an HTTP problem. */
  static from(problem: ApplyProblem): HttpProblem {
    return new HttpProblem(problem.status, problem.problem, problem.detail, { errors: problem.errors });
  }

  /** The body, with its type under `base` (an absolute URL ending in `/problems/`). */
  bodyUnder(base: string): Problem {
    return problemBody(this.status, this.kind, { detail: this.detail, errors: this.errors, base });
  }

  /** Adds headers it does not have yet (CORS on the way out); its own stay. */
  withHeaders(headers: Record<string, string>): this {
    for (const [name, value] of Object.entries(headers)) this.headers[name] ??= value;
    return this;
  }
}

/** Sends a problem with its own headers (CORS, Retry-After, Allow). Problems are never cached. */
export function sendProblem(response: ServerResponse, problem: HttpProblem, base: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const json = JSON.stringify(problem.bodyUnder(base));
  response.writeHead(problem.status, {
    ...problem.headers,
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
  });
  response.end(json);
}
