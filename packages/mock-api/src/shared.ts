// What the reference server (@ino/server) shares with these handlers: the rules of CONTRACT.md that
// do not depend on msw or on where the data lives. Nothing here imports msw.
export { ResourceBuilder } from './resources.js';
export type { BuilderInput } from './resources.js';
export { requestedLang } from './localise.js';
export { etagOf, matchesIfNoneMatch } from './etag.js';
export { answerFor, CACHE_CONTROL, cacheableAnswer, READ_CORS, representationOf } from './cache.js';
export type { CacheableAnswer, Representation } from './cache.js';
export { assertSafeQuery, InvalidQueryError, isSafeText, nextCursor, PAGE_LIMIT, readPageWindow } from './pagination.js';
export type { PageOf } from './pagination.js';
export {
  CHALLENGE_SORTS, DEFAULT_CHALLENGE_SORT, DEFAULT_CHALLENGE_STATUSES, DEFAULT_TRACK_STATUSES, fold, readChallengeSort, readRung, readStatuses, RUNG_RANGE,
} from './filters.js';
export type { ChallengeSort } from './filters.js';
export { problemBody } from './problem-body.js';
export { admit, applyProblems, isIdempotencyKey, rfc3339, stableJson, takesApplications, validateApplication } from './applications.js';
export type { ApplyOutcome, ApplyProblem } from './applications.js';
