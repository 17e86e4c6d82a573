// The OpenAPI 3.1 description of CONTRACT.md: the schemas generated from the SDK's zod schemas (the
// ones the SDK parses answers with and the server validates applications with) and, for the organiser
// API, from the contract's record schemas; the paths from the contract's route table.
// Served at /openapi.json; `npm run openapi` writes docs/api/openapi.json.
import * as z from 'zod/mini';
import {
  APPLICATION_STATUSES,
  ApplicationRequestSchema,
  ApplicationSchema,
  CHALLENGE_STATUSES,
  ChallengeSchema,
  DecisionRequestSchema,
  GOVERNMENT_LEVELS,
  IdSchema,
  LANGS,
  LearningTrackSchema,
  MY_APPLICATION_STATUSES,
  MyApplicationSchema,
  ORGANISATION_KINDS,
  OrganiserApplicationSchema,
  OrganisationSchema,
  pageOf,
  ParticipationLadderSchema,
  PRACTICE_FACETS,
  PRACTICE_STAGES,
  PracticeSchema,
  ProblemSchema,
  PROBLEM_TYPES,
  ThemeSchema,
  TRACK_ADMISSIONS,
  TRACK_FORMATS,
  TRACK_STATUSES,
} from '@ino/sdk';
import { ACCESS_PROBLEMS, CACHE_CONTROL, RECORD_SCHEMAS, ROUTES, type QueryParam, type Route } from '@ino/contract';
import { COLLECTION_BY_PATH } from './repositories/content-store.js';
import { AuditPageSchema, ErasureRequestSchema, ErasureSchema, PersonalDataSchema } from './routes/personal-data.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const add = (schema: z.ZodMiniType, id: string) => registry.add(schema, { id });
  add(PracticeSchema, 'Practice');
  add(ChallengeSchema, 'Challenge');
  add(LearningTrackSchema, 'LearningTrack');
  add(OrganisationSchema, 'Organisation');
  add(ThemeSchema, 'Theme');
  add(ParticipationLadderSchema, 'ParticipationLadder');
  add(ApplicationRequestSchema, 'ApplicationRequest');
  add(ApplicationSchema, 'Application');
  add(MyApplicationSchema, 'MyApplication');
  add(ProblemSchema, 'Problem');
  add(pageOf(PracticeSchema), 'PracticePage');
  add(pageOf(ChallengeSchema), 'ChallengePage');
  add(pageOf(LearningTrackSchema), 'LearningTrackPage');
  add(pageOf(OrganisationSchema), 'OrganisationPage');
  add(z.object({ items: z.array(ThemeSchema) }), 'ThemeList');
  // One's own application (§3.7) and the organiser's applications (§4.2).
  add(MyApplicationSchema, 'MyApplication');
  add(OrganiserApplicationSchema, 'OrganiserApplication');
  add(pageOf(OrganiserApplicationSchema), 'OrganiserApplicationPage');
  add(DecisionRequestSchema, 'DecisionRequest');
  // The organiser API's records (§4.1). Themes and programmes share one schema, so one component.
  add(RECORD_SCHEMAS.organisations, 'OrganisationRecord');
  add(RECORD_SCHEMAS.themes, 'LabelledRecord');
  add(RECORD_SCHEMAS.practices, 'PracticeRecord');
  add(RECORD_SCHEMAS.challenges, 'ChallengeRecord');
  add(RECORD_SCHEMAS.learningTracks, 'LearningTrackRecord');
  add(z.union([...new Set(Object.values(RECORD_SCHEMAS))]), 'ContentRecord');
  add(z.object(Object.fromEntries(Object.entries(RECORD_SCHEMAS).map(([collection, schema]) => [collection, z.array(schema)]))), 'ContentDocument');
  // Personal data (§4.3).
  add(ErasureRequestSchema, 'ErasureRequest');
  add(ErasureSchema, 'Erasure');
  add(PersonalDataSchema, 'PersonalData');
  add(AuditPageSchema, 'AuditPage');
  // `input`: what a client accepts (and what the server accepts in a request); it leaves objects
  // open, as the contract's additive evolution needs.
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const cleaned: Record<string, Json> = {};
  for (const [name, { $schema: _s, $id: _i, ...schema }] of Object.entries(schemas)) cleaned[name] = schema;
  describeOpenEnums(cleaned);
  return cleaned;
}

/** The SDK accepts any string for an open enum; say which values are known, as the contract does. */
function describeOpenEnums(schemas: Record<string, Json>): void {
  const openEnums: [string, string, readonly string[]][] = [
    ['Organisation', 'kind', ORGANISATION_KINDS],
    ['Organisation', 'level', GOVERNMENT_LEVELS],
    ['Practice', 'level', GOVERNMENT_LEVELS],
    ['Practice', 'facet', PRACTICE_FACETS],
    ['Practice', 'stage', PRACTICE_STAGES],
    ['Challenge', 'status', CHALLENGE_STATUSES],
    ['LearningTrack', 'format', TRACK_FORMATS],
    ['LearningTrack', 'admission', TRACK_ADMISSIONS],
    ['LearningTrack', 'status', TRACK_STATUSES],
    ['Application', 'status', APPLICATION_STATUSES],
    ['MyApplication', 'status', MY_APPLICATION_STATUSES],
    ['OrganiserApplication', 'status', MY_APPLICATION_STATUSES],
    ...['Practice', 'Challenge', 'LearningTrack', 'ParticipationLadder', 'ApplicationRequest', 'MyApplication', 'OrganiserApplication'].map(
      (name) => [name, 'lang', LANGS] as [string, string, readonly string[]],
    ),
  ];
  for (const [schema, property, known] of openEnums) {
    const target = (schemas[schema]!.properties as Record<string, Json>)[property]!;
    target.description = `Open enum: known values are ${known.join(', ')}. A client keeps an item with another value and shows it raw.`;
    target.examples = [...known];
  }
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } };
const cacheHeaders = {
  ETag: { description: 'Entity tag of this representation; send it back in If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string', const: CACHE_CONTROL } },
  'Content-Language': { description: 'The language the text is in (nl when no translation exists).', schema: { type: 'string' } },
};

/** A schema of the contract as a parameter's schema (without the draft it is in: the document says). */
const paramSchema = (schema: z.ZodMiniType): Json => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return json;
};
const parameter = (where: 'query' | 'header', { name, description, schema, required = true }: QueryParam): Json => ({
  name,
  in: where,
  description,
  required: where === 'header' && required,
  schema: paramSchema(schema),
});
const idParam = { name: 'id', in: 'path', description: 'The resource id (a slug).', required: true, schema: paramSchema(IdSchema) };
const collectionParam = {
  name: 'collection',
  in: 'path',
  description: 'The collection of the content store, as the URL names it.',
  required: true,
  schema: { type: 'string', enum: Object.keys(COLLECTION_BY_PATH) },
};

/** OpenAPI 3.1 `bearer` has no scopes: each admin operation names the one it needs in its description. */
const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API token made with the server's command line (ino-server token create), or an OpenID Connect access token (a JWT) from the issuer the operator configured. Each operation says the scope it needs.",
  },
};
/** One's own application (§3.7): the manage token from the applicant's mail. */
const manageTokenScheme = {
  manageToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "The manage token from the link in the applicant's mail (in its fragment, #token=…). An unknown token and one whose application's personal data was erased get the same 401.",
  },
};
/** Whether a route takes the manage token (its Authorization header, which the security scheme describes instead). */
const takesManageToken = (route: Route) => route.headers?.some((header) => header.name === 'Authorization') ?? false;
const recordEtag = {
  ETag: { description: 'Entity tag of the record as stored; send it back in If-Match to replace or withdraw it.', schema: { type: 'string' } },
};
const noStore = { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } };
const unauthorized = (description: string) => ({
  ...problem(description),
  headers: { 'WWW-Authenticate': { description: 'Bearer, with the realm.', schema: { type: 'string' } } },
});

/** The list of a track's applications is also a CSV file, when the client asks for text/csv (§4.2). */
const applicationsCsv = {
  'text/csv': {
    schema: {
      type: 'string',
      description:
        'RFC 4180, UTF-8 with a BOM, a header row: id, status, waitlistPosition, givenName, familyName, email, organisation, role, lang, ' +
        "receivedAt, updatedAt, then one column per question headed `label (id)`. Every application the filters let through, without paging. A cell that starts with =, +, -, @, tab or CR starts with ' instead.",
    },
  },
};
const csvDisposition = {
  'Content-Disposition': { description: 'attachment; filename="<track id>-<YYYY-MM-DD in Brussels>.csv" (with Accept: text/csv).', schema: { type: 'string' } },
};

/** The answers of an organiser route when it succeeds: never cached; a record's carry its ETag. */
function adminSuccess(route: Route): Json {
  if (route === ROUTES.listApplications)
    return {
      '200': {
        description: 'OK: a page as JSON, or with Accept: text/csv all of them as a CSV file.',
        headers: { ...noStore, ...csvDisposition },
        content: { 'application/json': { schema: ref(route.response) }, ...applicationsCsv },
      },
    };
  const ok = { 'application/json': { schema: ref(route.response) } };
  const headers = route.path.includes(':id') ? { ...noStore, ...recordEtag } : noStore;
  if (route.method === 'PUT')
    return {
      '201': { description: 'Created (If-None-Match: *).', headers, content: ok },
      '200': { description: 'Replaced (If-Match).', headers, content: ok },
    };
  if (route.method === 'DELETE') return { '200': { description: 'Withdrawn: the record as it was.', headers: noStore, content: ok } };
  return { '200': { description: 'OK', headers, content: ok } };
}

/** A route of the contract's table as an OpenAPI operation. */
function operation(route: Route): Json {
  const ok = { 'application/json': { schema: ref(route.response) } };
  const problems = Object.fromEntries(
    Object.entries({ ...route.problems, ...ACCESS_PROBLEMS[route.access] }).map(([status, description]) => [
      status,
      Number(status) === 429 || Number(status) === 503
        ? { ...problem(description), headers: retryAfter }
        : Number(status) === 401
          ? unauthorized(description)
          : problem(description),
    ]),
  );
  const admin = route.access === 'admin';
  const success: Json = admin
    ? adminSuccess(route)
    : takesManageToken(route)
      ? {
          '200': {
            description:
              route.method === 'GET'
                ? 'The application as it stands.'
                : 'The application after the change; a retry with the same Idempotency-Key gets the first answer again.',
            headers: noStore,
            content: ok,
          },
        }
      : route.method === 'GET'
        ? {
            '200': { description: 'OK', headers: cacheHeaders, content: ok },
            '304': { description: 'Not modified: the If-None-Match entity tag still matches.', headers: { ETag: cacheHeaders.ETag } },
          }
        : {
            '201': { description: 'Accepted: received (selection), confirmed (a free seat) or waitlisted (with its position).', content: ok },
            '200': { description: 'A retry of an accepted application: the same body as the first answer.', content: ok },
          };
  return {
    summary: route.summary,
    ...(admin
      ? { description: [route.description, `Needs a token with the scope ${route.scope}.`].filter(Boolean).join(' '), security: [{ bearerAuth: [] }] }
      : {
          ...(route.description ? { description: route.description } : {}),
          ...(takesManageToken(route) ? { security: [{ manageToken: [] }] } : {}),
        }),
    parameters: [
      ...(route.path.includes(':collection') ? [collectionParam] : []),
      ...(route.path.includes(':id') ? [idParam] : []),
      ...route.query.map((p) => parameter('query', p)),
      // OpenAPI ignores an Authorization parameter: the security scheme says it.
      ...(route.headers ?? []).filter((p) => p.name !== 'Authorization').map((p) => parameter('header', p)),
    ],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } } : {}),
    responses: { ...success, ...problems },
  };
}

/** Every route of the table, by OpenAPI path (`{id}` for `:id`) and method. */
function paths(): Json {
  const byPath: Record<string, Json> = {};
  for (const route of Object.values(ROUTES) as Route[]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    byPath[path] = { ...byPath[path], [route.method.toLowerCase()]: operation(route) };
  }
  return byPath;
}

export function openApiDocument(basePath = '/ino/v1'): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'INO content API',
      version: '1',
      summary: "The InnovatieNetwerk Overheid's practices, challenges, learning tracks and the participation ladder.",
      description:
        'JSON over HTTPS, plain text only (never HTML), open enums, additive evolution, cursor pagination, RFC 9457 problem details, ' +
        `ETag caching, idempotent writes, no cookies. A problem's type is a URL under the operator's problem base ending in /problems/{kind}; clients read the kind after /problems/: ${PROBLEM_TYPES.join(', ')}. ` +
        "GET answers allow any origin (CORS); applications and one's own application (/me) only the origins the operator allows.",
    },
    servers: [{ url: basePath }],
    paths: paths(),
    components: { schemas: componentSchemas(), securitySchemes: { ...securitySchemes, ...manageTokenScheme } },
  };
}
