// The OpenAPI 3.1 description of CONTRACT.md: the schemas generated from the SDK's zod schemas (the
// ones the SDK parses answers with and the server validates applications with), the paths by hand.
// Served at /openapi.json; `npm run openapi` writes docs/api/openapi.json.
import * as z from 'zod/mini';
import {
  APPLICATION_STATUSES, ApplicationRequestSchema, ApplicationSchema, CHALLENGE_STATUSES, ChallengeSchema, GOVERNMENT_LEVELS, IdempotencyKeySchema, IdSchema, LANGS,
  LearningTrackSchema, ORGANISATION_KINDS, OrganisationSchema, pageOf, ParticipationLadderSchema, PRACTICE_FACETS, PRACTICE_STAGES,
  PracticeSchema, ProblemSchema, PROBLEM_TYPE_BASE, PROBLEM_TYPES, ThemeSchema, TRACK_ADMISSIONS, TRACK_FORMATS, TRACK_STATUSES,
} from '@ino/sdk';
import {
  CACHE_CONTROL, CHALLENGE_SORTS, DEFAULT_CHALLENGE_SORT, DEFAULT_CHALLENGE_STATUSES, DEFAULT_TRACK_STATUSES, PAGE_LIMIT, RUNG_RANGE,
} from '@ino/contract';

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
  add(ProblemSchema, 'Problem');
  add(pageOf(PracticeSchema), 'PracticePage');
  add(pageOf(ChallengeSchema), 'ChallengePage');
  add(pageOf(LearningTrackSchema), 'LearningTrackPage');
  add(pageOf(OrganisationSchema), 'OrganisationPage');
  add(z.object({ items: z.array(ThemeSchema) }), 'ThemeList');
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
    ['Organisation', 'kind', ORGANISATION_KINDS], ['Organisation', 'level', GOVERNMENT_LEVELS],
    ['Practice', 'level', GOVERNMENT_LEVELS], ['Practice', 'facet', PRACTICE_FACETS], ['Practice', 'stage', PRACTICE_STAGES],
    ['Challenge', 'status', CHALLENGE_STATUSES],
    ['LearningTrack', 'format', TRACK_FORMATS], ['LearningTrack', 'admission', TRACK_ADMISSIONS], ['LearningTrack', 'status', TRACK_STATUSES],
    ['Application', 'status', APPLICATION_STATUSES],
    ...['Practice', 'Challenge', 'LearningTrack', 'ParticipationLadder', 'ApplicationRequest'].map((name) => [name, 'lang', LANGS] as [string, string, readonly string[]]),
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
const readErrors = {
  '304': { description: 'Not modified: the If-None-Match entity tag still matches.', headers: { ETag: cacheHeaders.ETag } },
  '429': { ...problem('Too many requests (`rate-limited`).'), headers: retryAfter },
  '503': { ...problem('Temporarily unavailable (`unavailable`).'), headers: retryAfter },
};

const param = (name: string, description: string, schema: Json = { type: 'string' }, where: 'query' | 'path' | 'header' = 'query') =>
  ({ name, in: where, description, required: where === 'path', schema });
const langParam = param('lang', 'Language of the text; Dutch where a translation is missing. Unknown values mean nl.', { type: 'string', enum: [...LANGS], default: 'nl' });
const pageParams = [
  param('limit', 'Items per page.', { type: 'integer', minimum: PAGE_LIMIT.min, maximum: PAGE_LIMIT.max, default: PAGE_LIMIT.default }),
  param('cursor', "The previous page's nextCursor (opaque; bound to the query; may expire)."),
];
/** A schema of the SDK as a parameter's schema (without the draft it is in: the document says). */
const paramSchema = (schema: z.ZodMiniType): Json => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return json;
};
const idParam = param('id', 'The resource id (a slug).', paramSchema(IdSchema), 'path');
const statusParam = (known: readonly string[], defaults: readonly string[]) =>
  param('status', `One or more statuses, comma-separated (known: ${known.join(', ')}).`, { type: 'string', default: defaults.join(',') });

function read(summary: string, schema: string, parameters: Json[], notFound = false): Json {
  return {
    get: {
      summary,
      parameters,
      responses: {
        '200': { description: 'OK', headers: cacheHeaders, content: { 'application/json': { schema: ref(schema) } } },
        ...(parameters.some((p) => p.name === 'limit') ? { '400': problem('A query parameter is not valid (`validation`), or the cursor is not (`invalid-cursor`).') } : {}),
        ...(notFound ? { '404': problem('No such resource (`not-found`).') } : {}),
        ...readErrors,
      },
    },
  };
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
        `ETag caching, idempotent writes, no cookies. Problem types start with ${PROBLEM_TYPE_BASE}: ${PROBLEM_TYPES.join(', ')}. ` +
        'GET answers allow any origin (CORS); applications only the origins the operator allows.',
    },
    servers: [{ url: basePath }],
    paths: {
      '/practices': read('Practices: innovative policy practices, including what did not work. Newest first.', 'PracticePage', [
        param('q', 'Words in the title, summary or description (case and accents aside).'),
        param('theme', 'Theme id.'), param('level', 'Government level.'), param('rung', 'Rung of the participation ladder.', { type: 'integer', minimum: RUNG_RANGE.min, maximum: RUNG_RANGE.max }),
        param('facet', 'OPSI facet.'), param('stage', 'Stage.'), param('organisation', 'Organisation id.'), param('nis', 'NIS code of a municipality among the organisations.'),
        langParam, ...pageParams,
      ]),
      '/practices/{id}': read('One practice.', 'Practice', [idParam, langParam], true),
      '/challenges': read('Challenges that government bodies put to partners.', 'ChallengePage', [
        statusParam(CHALLENGE_STATUSES, DEFAULT_CHALLENGE_STATUSES), param('theme', 'Theme id.'), param('owner', 'Organisation id of an owner.'),
        param('nis', 'NIS code: challenges that apply to the municipality or that it owns.'), param('programme', 'Programme id.'),
        param('q', 'Words in the title, summary or description.'), param('sort', 'closesAt: soonest deadline first, open-ended last; updatedAt: newest first.', { type: 'string', enum: [...CHALLENGE_SORTS], default: DEFAULT_CHALLENGE_SORT }),
        langParam, ...pageParams,
      ]),
      '/challenges/{id}': read('One challenge.', 'Challenge', [idParam, langParam], true),
      '/learning-tracks': read('Learning tracks: cohorts people can sign up for. By start date.', 'LearningTrackPage', [
        statusParam(TRACK_STATUSES, DEFAULT_TRACK_STATUSES), param('theme', 'Theme id.'), param('organiser', 'Organisation id of an organiser.'), langParam, ...pageParams,
      ]),
      '/learning-tracks/{id}': read('One learning track, with its seats taken as they stand.', 'LearningTrack', [idParam, langParam], true),
      '/learning-tracks/{id}/applications': {
        post: {
          summary: 'Sign up for a learning track.',
          description:
            'Idempotent by key: the same key and body again answer 200 with the first answer; the same key with another body is 422 ' +
            '`idempotency-mismatch`. One application per e-mail address (case-insensitive) per track. Text is trimmed before it is checked.',
          parameters: [
            idParam,
            param('Idempotency-Key', 'One per application attempt, reused for each retry of it.', paramSchema(IdempotencyKeySchema), 'header'),
          ].map((p) => (p.in === 'header' ? { ...p, required: true } : p)),
          requestBody: { required: true, content: { 'application/json': { schema: ref('ApplicationRequest') } } },
          responses: {
            '201': { description: 'Accepted: received (selection), confirmed (a free seat) or waitlisted (with its position).', content: { 'application/json': { schema: ref('Application') } } },
            '200': { description: 'A retry of an accepted application: the same body as the first answer.', content: { 'application/json': { schema: ref('Application') } } },
            '400': problem('No valid Idempotency-Key, or the body is not JSON (`validation`).'),
            '403': problem('The page\'s origin may not send applications.'),
            '404': problem('No such track (`not-found`).'),
            '409': problem('This e-mail address already applied to this track (`duplicate-application`).'),
            '410': problem('The track does not take applications now (`applications-closed`).'),
            '413': problem('The body is too large (`validation`).'),
            '415': problem('The body is not application/json (`validation`).'),
            '422': problem('The body is not valid, with `errors` per field (`validation`); or the key was used with another body (`idempotency-mismatch`).'),
            '429': readErrors['429'],
            '503': readErrors['503'],
          },
        },
      },
      '/organisations': read('Organisations, by name: for filters.', 'OrganisationPage', [param('kind', 'Kind.'), param('level', 'Government level.'), param('q', 'Words in the name.'), ...pageParams]),
      '/themes': read('Every theme, for filters.', 'ThemeList', [langParam]),
      '/participation-ladder': read('The Flemish participation ladder: five rungs.', 'ParticipationLadder', [langParam]),
    },
    components: { schemas: componentSchemas() },
  };
}
