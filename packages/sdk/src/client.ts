import * as z from 'zod/mini';
import { ApiError, ValidationError } from './errors.js';
import { createTransport, type Query, type Transport, type TransportOptions } from './http.js';
import { ApplicationSchema, IdempotencyKeySchema, type Application, type ApplicationRequest } from './schemas/application.js';
import { ChallengeSchema, type Challenge, type ChallengeStatus } from './schemas/challenge.js';
import { IdSchema, pageOf, ThemeSchema, type Lang, type Page, type Theme } from './schemas/common.js';
import { LearningTrackSchema, type LearningTrack, type TrackStatus } from './schemas/learning-track.js';
import { ParticipationLadderSchema, type ParticipationLadder } from './schemas/ladder.js';
import { OrganisationSchema, type Organisation } from './schemas/organisation.js';
import { PracticeSchema, type Practice } from './schemas/practice.js';
import { validate, validatePageDroppingInvalidItems } from './validate.js';

export interface ClientOptions extends TransportOptions {
  /** Language asked for when a call does not say; default `nl`. The API falls back to Dutch per field. */
  lang?: Lang;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** This call's language, instead of the client's. */
  lang?: Lang;
}

export interface ListOptions extends CallOptions {
  /**
   * Keep a page's valid items when some break the contract, and list the others in `dropped`,
   * instead of failing the whole page with a ValidationError (the default).
   */
  dropInvalidItems?: boolean;
}

export interface PageQuery {
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string | null;
}

export interface PracticeQuery extends PageQuery {
  q?: string;
  theme?: string;
  level?: string;
  rung?: number;
  facet?: string;
  stage?: string;
  organisation?: string;
  nis?: string;
}

export interface ChallengeQuery extends PageQuery {
  /** One or more statuses; the API's default is `open`. */
  status?: ChallengeStatus | readonly ChallengeStatus[];
  theme?: string;
  owner?: string;
  nis?: string;
  programme?: string;
  q?: string;
  sort?: 'closesAt' | 'updatedAt';
}

export interface LearningTrackQuery extends PageQuery {
  /** One or more statuses; the API's default is `announced,open,waitlist`. */
  status?: TrackStatus | readonly TrackStatus[];
  theme?: string;
  organiser?: string;
}

export interface OrganisationQuery extends PageQuery {
  kind?: string;
  level?: string;
  q?: string;
}

/** A paginated resource: one page at a time, or every item through an async iterator. */
export interface ListResource<T, Q extends PageQuery> {
  list(query?: Q, options?: ListOptions): Promise<Page<T>>;
  /** Follows `nextCursor` until the last page; stop early with `break` or the signal. */
  iterate(query?: Q, options?: ListOptions): AsyncGenerator<T, void, undefined>;
}

export interface ReadResource<T, Q extends PageQuery> extends ListResource<T, Q> {
  get(id: string, options?: CallOptions): Promise<T>;
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
}

export interface InoClient {
  readonly baseUrl: string;
  readonly lang: Lang;
  practices: ReadResource<Practice, PracticeQuery>;
  challenges: ReadResource<Challenge, ChallengeQuery>;
  learningTracks: ReadResource<LearningTrack, LearningTrackQuery> & {
    /** POST /learning-tracks/{id}/applications. */
    apply(trackId: string, application: ApplicationRequest, options: ApplyOptions): Promise<ApplyResult>;
  };
  organisations: ListResource<Organisation, OrganisationQuery>;
  themes: { list(options?: CallOptions): Promise<Theme[]> };
  participationLadder: { get(options?: CallOptions): Promise<ParticipationLadder> };
}

const ThemeListSchema = z.object({ items: z.array(ThemeSchema) });

export function createClient(options: ClientOptions): InoClient {
  const http = createTransport(options);
  const defaultLang = options.lang ?? 'nl';
  const withLang = (query: Query, call?: CallOptions): Query => ({ ...query, lang: call?.lang ?? defaultLang });

  async function getValid<S extends z.ZodMiniType>(schema: S, what: string, path: string, query: Query, call?: CallOptions) {
    return validate(schema, await http.get(path, withLang(query, call), call?.signal), what);
  }

  function listResource<T, Q extends PageQuery>(path: string, item: z.ZodMiniType<T>, what: string): ListResource<T, Q> {
    const pageSchema = pageOf(item);
    const list = async (query?: Q, call?: ListOptions): Promise<Page<T>> => {
      if (!call?.dropInvalidItems) return getValid(pageSchema, `A page of ${what}`, path, { ...(query as Query | undefined) }, call) as Promise<Page<T>>;
      const body = await http.get(path, withLang({ ...(query as Query | undefined) }, call), call?.signal);
      return validatePageDroppingInvalidItems(item, body, `A page of ${what}`);
    };
    return {
      list,
      async *iterate(query, call) {
        let cursor = query?.cursor ?? null;
        do {
          const page = await list({ ...query, cursor } as Q, call);
          yield* page.items;
          cursor = page.nextCursor;
        } while (cursor);
      },
    };
  }

  function readResource<T, Q extends PageQuery>(path: string, item: z.ZodMiniType<T>, what: string): ReadResource<T, Q> {
    return {
      ...listResource<T, Q>(path, item, `${what}s`),
      get: async (id, call) => getValid(item, `The ${what}`, `${path}/${encodeURIComponent(checkId(id))}`, {}, call) as Promise<T>,
    };
  }

  return {
    baseUrl: options.baseUrl,
    lang: defaultLang,
    practices: readResource('/practices', PracticeSchema, 'practice'),
    challenges: readResource('/challenges', ChallengeSchema, 'challenge'),
    learningTracks: {
      ...readResource('/learning-tracks', LearningTrackSchema, 'learning track'),
      async apply(trackId, application, { idempotencyKey, signal }) {
        validate(IdempotencyKeySchema, idempotencyKey, 'The Idempotency-Key');
        const path = `/learning-tracks/${encodeURIComponent(checkId(trackId))}/applications`;
        const response = await http.post(path, application, { 'idempotency-key': idempotencyKey }, signal);
        if (response.status !== 200 && response.status !== 201) {
          throw new ApiError(response.status, { type: 'about:blank', title: `Unexpected status ${response.status}`, status: response.status });
        }
        return { application: validate(ApplicationSchema, response.body, 'The application'), replayed: response.status === 200 };
      },
    },
    organisations: listResource('/organisations', OrganisationSchema, 'organisations'),
    themes: {
      list: async (call) => (await getValid(ThemeListSchema, 'The theme list', '/themes', {}, call)).items,
    },
    participationLadder: {
      get: (call) => getValid(ParticipationLadderSchema, 'The participation ladder', '/participation-ladder', {}, call),
    },
  };
}

function checkId(id: string): string {
  const result = IdSchema.safeParse(id);
  if (!result.success) throw new ValidationError(`Not a valid id: ${JSON.stringify(id)}`, [{ path: '', message: 'Not a valid id (slug)' }]);
  return id;
}

/** A fresh Idempotency-Key for one application attempt (a UUID without dashes: 32 characters). */
export function createIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID().replaceAll('-', '');
  // randomUUID exists only in secure contexts; getRandomValues exists everywhere.
  return Array.from(cryptoApi.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
