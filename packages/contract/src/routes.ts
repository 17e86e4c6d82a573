// The route table of CONTRACT.md: every endpoint once, with its method, path, access and query. The
// msw mock registers a handler per route, the reference server routes by it (method check, CORS and
// rate limit by access), and the OpenAPI document describes it. An adapter supplies one
// implementation per route name; TypeScript refuses an adapter that leaves a route out.
import * as z from 'zod/mini';
import { IdempotencyKeySchema, IdSchema, LANGS, CHALLENGE_STATUSES, MY_APPLICATION_STATUSES, TRACK_STATUSES } from '@ino/sdk';
import { CHALLENGE_SORTS, DEFAULT_CHALLENGE_SORT, DEFAULT_CHALLENGE_STATUSES, DEFAULT_TRACK_STATUSES, RUNG_RANGE } from './filters.js';
import { PAGE_LIMIT } from './pagination.js';

/**
 * Who may call a route, and so its CORS and rate limit:
 * - `read`: anyone, from any origin (`Access-Control-Allow-Origin: *`), cacheable, the read limit;
 * - `write`: anonymous writes from the origins the operator allows, the write limit;
 * - `admin`: the organiser API (§4): a bearer token with the route's `scope`, CORS only for the
 *   organiser origins the operator allows, never cached, the read limit.
 */
export type Access = 'read' | 'write' | 'admin';

/** The scopes of CONTRACT.md §4 "Who may": what a token or an OIDC access token may do. */
export const SCOPES = ['content:write', 'applications:read', 'applications:decide', 'personal-data:erase', 'audit:read'] as const;
export type Scope = (typeof SCOPES)[number];

/** A query parameter: its schema says what a value must be (and feeds the OpenAPI document). */
export interface QueryParam {
  name: string;
  description: string;
  schema: z.ZodMiniType;
  /** For a header: false when the route takes one of several (If-Match or If-None-Match); else it must be sent. */
  required?: boolean;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below the base path; `:id` is one segment that must be a valid id (a slug). */
  path: `/${string}`;
  access: Access;
  /** For `admin` routes: the scope a token needs. */
  scope?: Scope;
  summary: string;
  description?: string;
  query: readonly QueryParam[];
  /** The name of the answer's schema in the OpenAPI document. */
  response: string;
  /** The request body's schema name, for writes. */
  body?: string;
  /** Header parameters a write requires. */
  headers?: readonly QueryParam[];
  /** Problems this route answers besides the ones every route of its access can give, by status. */
  problems: Readonly<Record<number, string>>;
}

const langParam: QueryParam = {
  name: 'lang',
  description: 'Language of the text; Dutch where a translation is missing. Unknown values mean nl.',
  schema: z._default(z.enum(LANGS), 'nl'),
};
const pageParams: QueryParam[] = [
  {
    name: 'limit',
    description: 'Items per page.',
    schema: z._default(z.int().check(z.minimum(PAGE_LIMIT.min), z.maximum(PAGE_LIMIT.max)), PAGE_LIMIT.default),
  },
  { name: 'cursor', description: "The previous page's nextCursor (opaque; bound to the query; may expire).", schema: z.string() },
];
const text = (name: string, description: string): QueryParam => ({ name, description, schema: z.string() });
const statusParam = (known: readonly string[], defaults: readonly string[]): QueryParam => ({
  name: 'status',
  description: `One or more statuses, comma-separated (known: ${known.join(', ')}).`,
  schema: z._default(z.string(), defaults.join(',')),
});

const collectionParam = 'practices, challenges, learning-tracks, organisations, themes or programmes';
const preconditionProblems = {
  412: 'The If-Match or If-None-Match does not hold: the record changed meanwhile, or exists already (`precondition-failed`).',
  428: 'Neither If-Match nor If-None-Match: * was sent (`precondition-required`).',
};
const ifMatch: QueryParam = { name: 'If-Match', description: "The record's ETag from its GET: replace or withdraw only that version.", schema: z.string() };

const idempotencyKey: QueryParam = { name: 'Idempotency-Key', description: 'One per attempt, reused for each retry of it.', schema: IdempotencyKeySchema };
const manageToken: QueryParam = {
  name: 'Authorization',
  description: "`Bearer <manage token>`: the token from the link in the applicant's mail (CONTRACT.md §3.7).",
  schema: z.string(),
};
const notYours = { 401: 'No manage token, or one that is unknown or whose personal data was erased: the same answer either way (`unauthorized`).' };

const listProblems = { 400: 'A query parameter is not valid (`validation`), or the cursor is not (`invalid-cursor`).' };
const notFound = { 404: 'No such resource (`not-found`).' };
/** A token limited to organisations meets every other organisation's record as if it did not exist. */
const adminNotFound = { 404: 'No such record, or one outside the organisations the token is limited to (`not-found`).' };

// Order matters where paths overlap: the matcher takes the first pattern that fits, so the fixed
// `/admin/applications/:id` and `/admin/personal-data/erase` come before `/admin/:collection/:id`.
export const ROUTES = {
  listPractices: {
    method: 'GET',
    path: '/practices',
    access: 'read',
    response: 'PracticePage',
    problems: listProblems,
    summary: 'Practices: innovative policy practices, including what did not work. Newest first.',
    query: [
      text('q', 'Words in the title, summary or description (case and accents aside).'),
      text('theme', 'Theme id.'),
      text('level', 'Government level.'),
      { name: 'rung', description: 'Rung of the participation ladder.', schema: z.int().check(z.minimum(RUNG_RANGE.min), z.maximum(RUNG_RANGE.max)) },
      text('facet', 'OPSI facet.'),
      text('stage', 'Stage.'),
      text('organisation', 'Organisation id.'),
      text('nis', 'NIS code of a municipality among the organisations.'),
      langParam,
      ...pageParams,
    ],
  },
  getPractice: {
    method: 'GET',
    path: '/practices/:id',
    access: 'read',
    response: 'Practice',
    problems: notFound,
    summary: 'One practice.',
    query: [langParam],
  },
  listChallenges: {
    method: 'GET',
    path: '/challenges',
    access: 'read',
    response: 'ChallengePage',
    problems: listProblems,
    summary: 'Challenges that government bodies put to partners.',
    query: [
      statusParam(CHALLENGE_STATUSES, DEFAULT_CHALLENGE_STATUSES),
      text('theme', 'Theme id.'),
      text('owner', 'Organisation id of an owner.'),
      text('nis', 'NIS code: challenges that apply to the municipality or that it owns.'),
      text('programme', 'Programme id.'),
      text('q', 'Words in the title, summary or description.'),
      {
        name: 'sort',
        description: 'closesAt: soonest deadline first, open-ended last; updatedAt: newest first.',
        schema: z._default(z.enum(CHALLENGE_SORTS), DEFAULT_CHALLENGE_SORT),
      },
      langParam,
      ...pageParams,
    ],
  },
  getChallenge: {
    method: 'GET',
    path: '/challenges/:id',
    access: 'read',
    response: 'Challenge',
    problems: notFound,
    summary: 'One challenge.',
    query: [langParam],
  },
  listLearningTracks: {
    method: 'GET',
    path: '/learning-tracks',
    access: 'read',
    response: 'LearningTrackPage',
    problems: listProblems,
    summary: 'Learning tracks: cohorts people can sign up for. By start date.',
    query: [
      statusParam(TRACK_STATUSES, DEFAULT_TRACK_STATUSES),
      text('theme', 'Theme id.'),
      text('organiser', 'Organisation id of an organiser.'),
      langParam,
      ...pageParams,
    ],
  },
  getLearningTrack: {
    method: 'GET',
    path: '/learning-tracks/:id',
    access: 'read',
    response: 'LearningTrack',
    problems: notFound,
    summary: 'One learning track, with its seats taken as they stand.',
    query: [langParam],
  },
  apply: {
    method: 'POST',
    path: '/learning-tracks/:id/applications',
    access: 'write',
    response: 'Application',
    body: 'ApplicationRequest',
    summary: 'Sign up for a learning track.',
    description:
      'Idempotent by key: the same key and body again answer 200 with the first answer; the same key with another body is 422 ' +
      '`idempotency-mismatch`. One application per e-mail address (case-insensitive) per track. Text is trimmed before it is checked.',
    query: [],
    headers: [{ name: 'Idempotency-Key', description: 'One per application attempt, reused for each retry of it.', schema: IdempotencyKeySchema }],
    problems: {
      400: 'No valid Idempotency-Key, or the body is not JSON (`validation`).',
      404: 'No such track (`not-found`).',
      409:
        'This e-mail address already applied to this track (`duplicate-application`), or the track has as many active applications from ' +
        "this client's address as the operator allows (`too-many-applications`, an addition to v1).",
      410: 'The track does not take applications now (`applications-closed`).',
      413: 'The body is too large (`validation`).',
      415: 'The body is not application/json (`validation`).',
      422: 'The body is not valid, with `errors` per field (`validation`); or the key was used with another body (`idempotency-mismatch`).',
    },
  },
  myApplication: {
    method: 'GET',
    path: '/me/application',
    access: 'write',
    response: 'MyApplication',
    summary: "One's own application, with the manage token from the mail (§3.7).",
    description: 'CORS and rate limits as for applying: the manage page is on an origin the operator allows.',
    query: [],
    headers: [manageToken],
    problems: notYours,
  },
  cancelMyApplication: {
    method: 'POST',
    path: '/me/application/cancel',
    access: 'write',
    response: 'MyApplication',
    summary: "Cancel one's own application; again, it stays cancelled (200).",
    description: 'A seat it held goes to the first in line.',
    query: [],
    headers: [manageToken, idempotencyKey],
    problems: { ...notYours, 400: 'No valid Idempotency-Key (`validation`).' },
  },
  acceptOffer: {
    method: 'POST',
    path: '/me/application/accept',
    access: 'write',
    response: 'MyApplication',
    summary: "Accept the seat offered to one's own application: now `confirmed`.",
    query: [],
    headers: [manageToken, idempotencyKey],
    problems: {
      ...notYours,
      400: 'No valid Idempotency-Key (`validation`).',
      409: 'Nothing is offered to this application (`conflict`).',
      410: 'The offer was held until its deadline, which has passed (`offer-expired`).',
    },
  },
  listOrganisations: {
    method: 'GET',
    path: '/organisations',
    access: 'read',
    response: 'OrganisationPage',
    problems: listProblems,
    summary: 'Organisations, by name: for filters.',
    query: [
      text('kind', 'Kind.'),
      text('level', 'Government level.'),
      text('q', 'Words in the name.'),
      text(
        'challengeStatus',
        'Only organisations that own a challenge in one of these statuses (comma-separated, as the clock has them): for an owner filter. An addition to v1.',
      ),
      ...pageParams,
    ],
  },
  listThemes: { method: 'GET', path: '/themes', access: 'read', response: 'ThemeList', problems: {}, summary: 'Every theme, for filters.', query: [langParam] },
  getParticipationLadder: {
    method: 'GET',
    path: '/participation-ladder',
    access: 'read',
    response: 'ParticipationLadder',
    problems: {},
    summary: 'The Flemish participation ladder: five rungs.',
    query: [langParam],
  },
  listApplications: {
    method: 'GET',
    path: '/admin/learning-tracks/:id/applications',
    access: 'admin',
    scope: 'applications:read',
    response: 'OrganiserApplicationPage',
    summary: "A track's applications, oldest first; with Accept: text/csv, all of them as a CSV file.",
    description:
      'CSV: RFC 4180, UTF-8 with a BOM, a header row, one column per question, Content-Disposition: attachment; a cell that starts ' +
      'with =, +, - or @ is prefixed so that a spreadsheet does not run it. Every read is in the audit log.',
    query: [
      { name: 'status', description: `Only these statuses, comma-separated (known: ${MY_APPLICATION_STATUSES.join(', ')}).`, schema: z.string() },
      text('q', 'Words in the name, e-mail address or organisation.'),
      ...pageParams,
    ],
    problems: { ...listProblems, ...notFound },
  },
  getApplication: {
    method: 'GET',
    path: '/admin/applications/:id',
    access: 'admin',
    scope: 'applications:read',
    response: 'OrganiserApplication',
    summary: 'One application with its history and its ETag, for a decision with If-Match.',
    query: [],
    problems: notFound,
  },
  decideOnApplication: {
    method: 'POST',
    path: '/admin/applications/:id/decision',
    access: 'admin',
    scope: 'applications:decide',
    response: 'OrganiserApplication',
    body: 'DecisionRequest',
    summary: 'Select, decline, waitlist or cancel an application (§4.2 "Seats").',
    query: [],
    headers: [{ name: 'If-Match', description: "The application's ETag from its GET: decide only on the version you saw.", schema: z.string() }],
    problems: {
      ...notFound,
      ...preconditionProblems,
      409: 'The decision is not allowed from the current status (`conflict`), or no seat is free to select (`seats-exhausted`).',
      415: 'The body is not application/json (`validation`).',
      422: 'The body is not a decision (`validation`).',
    },
  },
  erasePersonalData: {
    method: 'POST',
    path: '/admin/personal-data/erase',
    access: 'admin',
    scope: 'personal-data:erase',
    response: 'Erasure',
    body: 'ErasureRequest',
    summary: "Erase a person's data from every track now; their manage tokens stop working (§4.3).",
    query: [],
    problems: { 415: 'The body is not application/json (`validation`).', 422: 'No valid e-mail address (`validation`).' },
  },
  personalData: {
    method: 'GET',
    path: '/admin/personal-data',
    access: 'admin',
    scope: 'applications:read',
    response: 'PersonalData',
    summary: 'Everything held about an e-mail address (a subject access request, §4.3).',
    query: [{ name: 'email', description: 'The e-mail address, compared case-insensitively.', schema: z.string().check(z.minLength(1)) }],
    problems: { 400: 'No e-mail address (`validation`).' },
  },
  listAudit: {
    method: 'GET',
    path: '/admin/audit',
    access: 'admin',
    scope: 'audit:read',
    response: 'AuditPage',
    summary: 'The audit log, oldest first: reads of personal data, decisions, erasures, retention runs, content and token changes.',
    query: [{ name: 'since', description: 'Only entries at or after this time (RFC 3339).', schema: z.string() }, ...pageParams],
    problems: listProblems,
  },
  adminContent: {
    method: 'GET',
    path: '/admin/content',
    access: 'admin',
    scope: 'content:write',
    response: 'ContentDocument',
    problems: {},
    summary: 'The whole content store as one document of records (§4.1), as the command line loads and exports it.',
    description:
      'Reading the store whole is for editing it, so it takes the scope content:write. A token limited to organisations gets their records, every theme and programme, and the organisations those records name.',
    query: [],
  },
  adminGetRecord: {
    method: 'GET',
    path: '/admin/:collection/:id',
    access: 'admin',
    scope: 'content:write',
    response: 'ContentRecord',
    problems: adminNotFound,
    summary: `One record of ${collectionParam}, with its ETag for If-Match.`,
    query: [],
  },
  adminPutRecord: {
    method: 'PUT',
    path: '/admin/:collection/:id',
    access: 'admin',
    scope: 'content:write',
    response: 'ContentRecord',
    body: 'ContentRecord',
    summary: 'Create (If-None-Match: *, 201) or replace (If-Match, 200) one record, validated whole.',
    query: [],
    headers: [
      { ...ifMatch, required: false, description: `${ifMatch.description} To create, send If-None-Match: * instead.` },
      { name: 'If-None-Match', required: false, description: 'Only `*`: create the record, which must not exist yet.', schema: z.literal('*') },
    ],
    problems: {
      ...adminNotFound,
      ...preconditionProblems,
      409: 'The change would leave a record naming one that is gone, or remove a track that has applications (`conflict`).',
      413: 'The body is too large (`validation`).',
      415: 'The body is not application/json (`validation`).',
      422: 'The record is not valid, with `errors` per field such as translations.fr.title, unknown ids too (`validation`).',
    },
  },
  adminDeleteRecord: {
    method: 'DELETE',
    path: '/admin/:collection/:id',
    access: 'admin',
    scope: 'content:write',
    response: 'ContentRecord',
    summary: 'Withdraw one record: the public API answers 404 for it from then on.',
    query: [],
    headers: [ifMatch],
    problems: {
      ...adminNotFound,
      ...preconditionProblems,
      409: 'Other records still name it, or it is a learning track with applications: cancel it instead (`conflict`).',
    },
  },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;
/** The routes whose access is `access`. */
export type RouteNameOf<A extends Access> = { [N in RouteName]: (typeof ROUTES)[N]['access'] extends A ? N : never }[RouteName];

/** Problems every route of an access can answer, by status. */
export const ACCESS_PROBLEMS: Readonly<Record<Access, Readonly<Record<number, string>>>> = {
  read: {
    429: 'Too many requests (`rate-limited`).',
    503: 'Temporarily unavailable (`unavailable`).',
  },
  write: {
    403: "The page's origin may not send applications (`forbidden-origin`).",
    429: 'Too many requests (`rate-limited`).',
    503: 'Temporarily unavailable (`unavailable`).',
  },
  admin: {
    401: 'No token, or one that is unknown, expired or revoked (`unauthorized`, with WWW-Authenticate: Bearer).',
    403: 'The token lacks the scope, or is limited to organisations and the change would touch a shared record (a theme, a programme) or take a record out of its organisations (`forbidden`).',
    429: 'Too many requests (`rate-limited`).',
    503: 'Temporarily unavailable: the database, or the OIDC issuer that verifies the token (`unavailable`).',
  },
};

/** What a request's path matched: the routes at that path (one per method) and the path's ids. */
export interface PathMatch {
  routes: readonly RouteName[];
  params: Record<string, string>;
}

/**
 * Matches a path below the base path. A `:id` segment must be a valid id: anything else cannot name
 * a resource, so it is no match (a 404, like an unknown id). A trailing slash is allowed.
 */
export function createPathMatcher(routes: Readonly<Record<string, Pick<Route, 'path'>>> = ROUTES): (path: string) => PathMatch | undefined {
  const byPattern = new Map<string, RouteName[]>();
  for (const [name, route] of Object.entries(routes)) byPattern.set(route.path, [...(byPattern.get(route.path) ?? []), name as RouteName]);
  const compiled = [...byPattern].map(([pattern, names]) => ({
    names,
    params: [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!),
    regex: new RegExp(`^${pattern.replace(/:\w+/g, '([^/]+)')}/?$`),
  }));
  return (path) => {
    for (const { names, params, regex } of compiled) {
      const found = regex.exec(path);
      if (!found) continue;
      const values: Record<string, string> = {};
      for (const [i, name] of params.entries()) {
        const value = found[i + 1]!;
        if (!IdSchema.safeParse(value).success) return undefined;
        values[name] = value;
      }
      return { routes: names, params: values };
    }
    return undefined;
  };
}

/** The methods a path takes, for `Allow` and preflights: GET implies HEAD; OPTIONS always. */
export function allowedMethods(routes: readonly RouteName[]): string[] {
  const methods = routes.map((name) => ROUTES[name].method as string);
  if (methods.includes('GET')) methods.push('HEAD');
  return [...methods, 'OPTIONS'];
}
