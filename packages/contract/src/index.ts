// @ino/contract: what a content service keeps, as pure code that both adapters stand on (the msw mock
// and the reference server). Nothing here does I/O or knows where data is kept. The bundled content is
// a separate entry (`@ino/contract/content`), and so is the ladder's text (`@ino/contract/ladder`).
export { ResourceBuilder } from './resources.js';
export type { BuilderInput } from './resources.js';
export { localise, requestedLang } from './localise.js';
export { etagOf, ifMatchHolds, matchesIfNoneMatch } from './etag.js';
export { answerFor, CACHE_CONTROL, cacheableAnswer, READ_CORS, representationOf } from './cache.js';
export type { CacheableAnswer, Representation } from './cache.js';
export { assertSafeQuery, InvalidQueryError, isSafeText, nextCursor, PAGE_LIMIT, paginate, readPageWindow } from './pagination.js';
export type { PageOf, PageWindow } from './pagination.js';
export {
  CHALLENGE_SORTS,
  DEFAULT_CHALLENGE_SORT,
  DEFAULT_CHALLENGE_STATUSES,
  DEFAULT_TRACK_STATUSES,
  filterChallenges,
  filterLearningTracks,
  filterOrganisations,
  filterPractices,
  fold,
  readChallengeSort,
  readRung,
  readStatuses,
  RUNG_RANGE,
} from './filters.js';
export type { ChallengeSort } from './filters.js';
export { problemBody } from './problem-body.js';
export type { ProblemOptions } from './problem-body.js';
export { stableJson } from './stable-json.js';
export { rfc3339 } from './rfc3339.js';
export { addBrusselsDays } from './schedule/brussels.js';
export { applyProblems } from './applications/problems.js';
export type { ApplyProblem } from './applications/problems.js';
export { emailKeyOf, isIdempotencyKey, validateApplication } from './applications/validate-application.js';
export type { ValidApplication } from './applications/validate-application.js';
export { decideApplication } from './applications/decide-application.js';
export { acceptsCsv, applicationsCsv, applicationsCsvFileName, CSV_FIXED_COLUMNS, csvCell } from './applications/csv.js';
export type { CsvQuestion } from './applications/csv.js';
export type { ApplicationDecision, ApplicationFacts, TrackAsItStands } from './applications/decide-application.js';
export {
  COLLECTIONS,
  ChallengeRecordSchema,
  LearningTrackRecordSchema,
  OrganisationRecordSchema,
  PracticeRecordSchema,
  ProgrammeRecordSchema,
  RECORD_SCHEMAS,
  ThemeRecordSchema,
  TRANSLATION_LANGS,
} from './records/schemas.js';
export type {
  ChallengeRecord,
  Collection,
  Content,
  LabelledRecord,
  LearningTrackRecord,
  OrganisationRecord,
  PracticeRecord,
  ProgrammeRecord,
  QuestionRecord,
  RecordOf,
  ThemeRecord,
  TranslationLang,
} from './records/schemas.js';
export { ContentError } from './records/record-error.js';
export type { RecordError } from './records/record-error.js';
export { parseContent, validateContent, validateRecord } from './records/validate.js';
export type { ContentResult, KnownIds, RecordResult } from './records/validate.js';
export { ACCESS_PROBLEMS, allowedMethods, createPathMatcher, ROUTES, SCOPES } from './routes.js';
export type { Access, PathMatch, QueryParam, Route, RouteName, RouteNameOf, Scope } from './routes.js';
export {
  acceptOffer,
  ACTIVE_STATUSES,
  applyTo,
  cancelByApplicant,
  cohortOf,
  decide,
  DEFAULT_OFFER_WINDOW_SECONDS,
  expireOffers,
  seatsTaken,
  setSeats,
  waitingLine,
} from './seats/cohort.js';
export type { Cohort, HistoryEntry, SeatApplication, SeatStatus, Step } from './seats/cohort.js';
export { seatProblems } from './seats/seat-problems.js';
export type { SeatProblem } from './seats/seat-problems.js';
