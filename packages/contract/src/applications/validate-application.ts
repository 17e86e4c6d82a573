import { applicationRequestSchemaFor, IdempotencyKeySchema, type LearningTrack } from '@ino/sdk';
import { applyProblems, type ApplyProblem } from './problems.js';

export const isIdempotencyKey = (key: string | null): key is string => key !== null && IdempotencyKeySchema.safeParse(key).success;

export type ValidApplication = ReturnType<ReturnType<typeof applicationRequestSchemaFor>['parse']>;

/** The body checked against the track's questions and consent; field errors as dotted paths. */
export function validateApplication(
  track: Pick<LearningTrack, 'questions' | 'consent'>,
  body: unknown,
): { data: ValidApplication } | { problem: ApplyProblem } {
  const parsed = applicationRequestSchemaFor(track).safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    // An unknown answer id is reported on `answers`; the field is the id itself (answers.bring).
    field: [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  return { problem: applyProblems.invalid(errors) };
}

/**
 * The e-mail address a body applies with, as applications are compared (trimmed, lower case), for an
 * adapter to look up before deciding; undefined when the body has none.
 */
export function emailKeyOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}
