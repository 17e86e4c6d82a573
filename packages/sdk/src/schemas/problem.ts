import * as z from 'zod/mini';
import { maybe } from './common.js';

/** Where every problem `type` of v1 starts; the part after it names the problem. */
export const PROBLEM_TYPE_BASE = 'https://innovatienetwerk.example/problems/';
export const PROBLEM_TYPES = [
  'validation', 'not-found', 'duplicate-application', 'applications-closed', 'idempotency-mismatch',
  'invalid-cursor', 'rate-limited', 'unavailable', 'internal',
] as const;
export type ProblemKind = (typeof PROBLEM_TYPES)[number] | (string & {});

export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, read leniently: an error body must never cause a second error. */
export const ProblemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z._default(z.string(), ''),
  status: maybe(z.int()),
  detail: maybe(z.string()),
  instance: maybe(z.string()),
  errors: maybe(z.array(FieldErrorSchema)),
});
export type Problem = z.infer<typeof ProblemSchema>;
