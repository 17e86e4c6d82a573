export { createClient } from './client.js';
export type { InoClient } from './client.js';
export { createConnection } from './connection.js';
export type { CallOptions, ClientOptions, InoConnection } from './connection.js';
export { createIdempotencyKey } from './idempotency-key.js';
export { adminOf } from './resources/admin.js';
export type { AdminAuth, AdminCollection, AdminContent, AdminRecord, AdminResource, VersionedRecord } from './resources/admin.js';
export { challengesOf } from './resources/challenges.js';
export type { ChallengeQuery } from './resources/challenges.js';
export { learningTracksOf } from './resources/learning-tracks.js';
export type { ApplyOptions, ApplyResult, LearningTrackQuery, LearningTracksResource } from './resources/learning-tracks.js';
export { myApplicationOf } from './resources/my-application.js';
export type { MyApplicationChangeOptions, MyApplicationResource, MyApplicationResult } from './resources/my-application.js';
export { organiserApplicationsOf } from './resources/organiser-applications.js';
export type {
  ApplicationsCsv,
  ApplicationsPage,
  ApplicationsQuery,
  OrganiserApplicationsResource,
  VersionedApplication,
} from './resources/organiser-applications.js';
export { organisationsOf } from './resources/organisations.js';
export type { OrganisationQuery } from './resources/organisations.js';
export type { ListResource, PageQuery, ReadResource } from './resources/paged.js';
export { participationLadderOf } from './resources/participation-ladder.js';
export type { ParticipationLadderResource } from './resources/participation-ladder.js';
export { practicesOf } from './resources/practices.js';
export type { PracticeQuery } from './resources/practices.js';
export { themesOf } from './resources/themes.js';
export type { ThemesResource } from './resources/themes.js';
export type { TransportOptions } from './http.js';
export { ApiError, InoError, isAbortError, NetworkError, TimeoutError, ValidationError } from './errors.js';
export type { ValidationIssue } from './errors.js';
export { validate } from './validate.js';
export { readTolerantly, wholeList } from './read-tolerantly.js';
export type { Dropped, ReadResult } from './read-tolerantly.js';
export * from './schemas/common.js';
export * from './schemas/organisation.js';
export * from './schemas/practice.js';
export * from './schemas/challenge.js';
export * from './schemas/learning-track.js';
export * from './schemas/application.js';
export * from './schemas/my-application.js';
export * from './schemas/ladder.js';
export * from './schemas/problem.js';
export { challengeStatusAt, takesApplicationsAt, trackStatusAt } from './status-at.js';
