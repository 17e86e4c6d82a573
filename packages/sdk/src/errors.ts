import type { FieldError, Problem, ProblemKind } from './schemas/problem.js';

const PROBLEMS_SEGMENT = '/problems/';

/** Every error the SDK throws (apart from the caller's own AbortError) is an InoError. */
export class InoError extends Error {
  override name = 'InoError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The API answered with an error status; `problem` is its RFC 9457 body (or one made from the status). */
export class ApiError extends InoError {
  override name = 'ApiError';
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header, when the answer had one. */
  readonly retryAfter?: number;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /**
   * The problem's short name: the part of its `type` after `/problems/`, whatever the host before it
   * (an operator serves its own problem URLs), e.g. `validation`, `not-found`. A type without
   * `/problems/` (`about:blank`, a foreign one) is its own kind.
   */
  get kind(): ProblemKind {
    // By the suffix after /problems/, whatever the host: an operator serves its own problem URLs (CONTRACT.md §1).
    const { type } = this.problem;
    const at = type.lastIndexOf(PROBLEMS_SEGMENT);
    return at < 0 ? type : type.slice(at + PROBLEMS_SEGMENT.length);
  }

  /** Field errors of a validation problem (paths into the request body, e.g. `answers.bring`). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends InoError {
  override name = 'NetworkError';
}

/** No answer within the client's `timeoutMs`. */
export class TimeoutError extends InoError {
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

export interface ValidationIssue {
  /** Dotted path into the checked value, e.g. `items.3.title`; empty for the value itself. */
  path: string;
  message: string;
}

/** Data that does not match the contract: a malformed response, or a request body that would be rejected. */
export class ValidationError extends InoError {
  override name = 'ValidationError';
  readonly issues: ValidationIssue[];
  constructor(message: string, issues: ValidationIssue[], options?: { cause?: unknown }) {
    super(message, options);
    this.issues = issues;
  }
}

/** True for the error a fetch or a wait throws when its AbortSignal was aborted by the caller. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
