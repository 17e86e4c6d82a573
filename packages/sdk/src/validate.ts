import type * as z from 'zod/mini';
import { ValidationError } from './errors.js';

/** Parses with a schema and turns a failure into a ValidationError that lists every issue. */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const where = first?.path ? ` at ${first.path}` : '';
  throw new ValidationError(`${what} does not match the contract${where}: ${first?.message ?? 'invalid'}`, issues, { cause: result.error });
}
