import type { InoConnection } from '../connection.js';
import { ApiError } from '../errors.js';
import { ApplicationSchema, IdempotencyKeySchema, type Application, type ApplicationRequest } from '../schemas/application.js';
import { LearningTrackSchema, type LearningTrack, type TrackStatus } from '../schemas/learning-track.js';
import { readTolerantly, type Dropped } from '../read-tolerantly.js';
import { validate } from '../validate.js';
import { checkId, readResource, type PageQuery, type ReadResource } from './paged.js';

export interface LearningTrackQuery extends PageQuery {
  /** One or more statuses; the API's default is `announced,open,waitlist`. */
  status?: TrackStatus | readonly TrackStatus[];
  theme?: string;
  organiser?: string;
}

export interface ApplyOptions {
  /** One key per application attempt, reused for every retry of it (see createIdempotencyKey). */
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface ApplyResult {
  application: Application;
  /** True when the server had already accepted this attempt (200): a retry, not a second application. */
  replayed: boolean;
  /** What was dropped from the answer (a malformed `waitlistPosition`): the application was accepted all the same. */
  dropped: Dropped[];
}

export interface LearningTracksResource extends ReadResource<LearningTrack, LearningTrackQuery> {
  /** POST /learning-tracks/{id}/applications. */
  apply(trackId: string, application: ApplicationRequest, options: ApplyOptions): Promise<ApplyResult>;
}

/** GET /learning-tracks, /learning-tracks/{id}, and POST /learning-tracks/{id}/applications. */
export function learningTracksOf(connection: InoConnection): LearningTracksResource {
  return {
    ...readResource(connection, '/learning-tracks', LearningTrackSchema, 'learning track'),
    async apply(trackId, application, { idempotencyKey, signal }) {
      validate(IdempotencyKeySchema, idempotencyKey, 'The Idempotency-Key');
      const path = `/learning-tracks/${encodeURIComponent(checkId(trackId))}/applications`;
      const response = await connection.transport.post(path, application, { 'idempotency-key': idempotencyKey }, signal);
      if (response.status !== 200 && response.status !== 201) {
        throw new ApiError(response.status, { type: 'about:blank', title: `Unexpected status ${response.status}`, status: response.status });
      }
      // Read tolerantly too: the server has accepted the application, and a malformed optional field
      // of its answer must not make the person believe it failed.
      const { value, dropped } = readTolerantly(ApplicationSchema, response.body, 'The application');
      return { application: value, replayed: response.status === 200, dropped };
    },
  };
}
