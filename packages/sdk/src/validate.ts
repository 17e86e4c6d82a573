import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import { pageOf, type Page } from './schemas/common.js';

/** Parses with a schema and turns a failure into a ValidationError that lists every issue. */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = issues[0];
  const where = first?.path ? ` at ${first.path}` : '';
  throw new ValidationError(`${what} does not match the contract${where}: ${first?.message ?? 'invalid'}`, issues, { cause: result.error });
}

function issuesOf(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** An item of a list page that broke the contract and was left out. */
export interface DroppedItem {
  /** Its place in the page's `items`. */
  index: number;
  /** Its id, when it had a readable one. */
  id?: string;
  issues: ValidationIssue[];
}

const PageEnvelopeSchema = pageOf(z.unknown());

/**
 * A list page whose envelope must be valid but whose items are checked one by one: the valid ones
 * are kept, the others reported in `dropped`. For lists where one bad item should not hide the rest.
 */
export function validatePageDroppingInvalidItems<T>(item: z.ZodMiniType<T>, data: unknown, what: string): Page<T> {
  const envelope = validate(PageEnvelopeSchema, data, what);
  const items: T[] = [];
  const dropped: DroppedItem[] = [];
  envelope.items.forEach((candidate, index) => {
    const result = item.safeParse(candidate);
    if (result.success) return void items.push(result.data);
    const id = (candidate as { id?: unknown } | null)?.id;
    dropped.push({ index, id: typeof id === 'string' ? id : undefined, issues: issuesOf(result.error) });
  });
  return { items, nextCursor: envelope.nextCursor, total: envelope.total, dropped };
}
