import * as z from 'zod/mini';
import { maybe } from './common.js';

/**
 * The problem base of the contract's examples. An operator serves its own (CONTRACT.md §1): clients
 * recognise a problem by the part of its `type` after `/problems/`, never by this base.
 */
export const PROBLEM_TYPE_BASE = 'https://innovatienetwerk.example/problems/';
/** The problem types of v1 (CONTRACT.md §2), by the part of `type` after `/problems/`. */
export const PROBLEM_TYPES = [
  'validation',
  'not-found',
  'duplicate-application',
  'applications-closed',
  'idempotency-mismatch',
  'invalid-cursor',
  'rate-limited',
  'unavailable',
  'internal',
  'unauthorized',
  'forbidden',
  'forbidden-origin',
  'conflict',
  'seats-exhausted',
  'offer-expired',
  'precondition-required',
  'precondition-failed',
  // An addition to v1 (issue 14): a track takes only so many active applications from one client address.
  'too-many-applications',
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
