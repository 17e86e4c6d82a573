import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';

/**
 * Parses with a schema and turns a failure into a ValidationError that lists every issue. Strict:
 * for what must be whole (a request body, a dataset); responses are read with `readTolerantly`.
 */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw validationError(what, result.error.issues.map(issueOf), result.error);
}

/** A zod issue as the SDK reports it: a dotted path and a message. */
export function issueOf(issue: { path: readonly PropertyKey[]; message: string }): ValidationIssue {
  return { path: issue.path.join('.'), message: issue.message };
}

/** The ValidationError for `what`, named after its first issue. */
export function validationError(what: string, issues: ValidationIssue[], cause: unknown): ValidationError {
  const first = issues[0];
  const where = first?.path ? ` at ${first.path}` : '';
  return new ValidationError(`${what} does not match the contract${where}: ${first?.message ?? 'invalid'}`, issues, { cause });
}
