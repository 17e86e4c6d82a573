export { createClient, createIdempotencyKey } from './client.js';
export type {
  ApplyOptions, ApplyResult, CallOptions, ChallengeQuery, ClientOptions, InoClient, LearningTrackQuery, ListOptions, ListResource,
  OrganisationQuery, PageQuery, PracticeQuery, ReadResource,
} from './client.js';
export type { TransportOptions } from './http.js';
export { ApiError, InoError, isAbortError, NetworkError, TimeoutError, ValidationError } from './errors.js';
export type { ValidationIssue } from './errors.js';
export { validate, validatePageDroppingInvalidItems } from './validate.js';
export type { DroppedItem } from './validate.js';
export * from './schemas/common.js';
export * from './schemas/organisation.js';
export * from './schemas/practice.js';
export * from './schemas/challenge.js';
export * from './schemas/learning-track.js';
export * from './schemas/application.js';
export * from './schemas/ladder.js';
export * from './schemas/problem.js';
