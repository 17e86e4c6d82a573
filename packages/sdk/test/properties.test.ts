// Property tests: what the schemas accept survives a JSON round trip unchanged, no input, however
// broken, makes the SDK throw anything but a ValidationError, and the tolerant reader drops exactly
// the optional field that broke its rule and keeps the rest.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  ChallengeSchema,
  createClient,
  InoError,
  LearningTrackSchema,
  OrganisationSchema,
  PracticeSchema,
  readTolerantly,
  validate,
  ValidationError,
} from '../src/index.js';
import { BASE, challenge, organisation, practice, track } from './fixtures.js';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const someText = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim() !== '');
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, '+01:00'));
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const httpsUrl = fc.webUrl({ validSchemes: ['https'] });
const organisationArbitrary = fc.record(
  {
    id: slug,
    name: someText(60),
    kind: fc.constantFrom('flemish-entity', 'local-government', 'something-new'),
    level: fc.constantFrom('local', 'flemish', 'interplanetary'),
    url: fc.option(httpsUrl),
    identifiers: fc.option(fc.record({ nis: fc.option(fc.stringMatching(/^\d{5}$/)) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['id', 'name', 'kind', 'level'] },
);
const contact = fc.record({ name: someText(40), email: fc.constant('someone@example.org'), phone: fc.option(fc.constant('+32 2 553 00 00')) });

const practiceArbitrary = fc.record(
  {
    id: slug,
    lang: fc.constantFrom('nl', 'fr', 'en', 'de'),
    title: someText(160),
    summary: someText(600),
    description: fc.option(fc.string({ maxLength: 2000 })),
    organisations: fc.array(organisationArbitrary, { minLength: 1, maxLength: 3 }),
    level: fc.constantFrom('local', 'flemish', 'european'),
    themes: fc.array(fc.record({ id: slug, label: someText(30) }), { maxLength: 3 }),
    ladderRung: fc.option(fc.integer({ min: 1, max: 5 })),
    facet: fc.option(fc.constantFrom('adaptive', 'unknown-facet')),
    stage: fc.option(fc.constantFrom('pilot', 'stopped')),
    startedOn: fc.option(day),
    endedOn: fc.option(day),
    whatWorked: fc.string({ maxLength: 500 }),
    whatDidNotWork: someText(500),
    lessons: fc.array(someText(100), { maxLength: 4 }),
    figures: fc.array(fc.record({ label: someText(40), value: someText(40) }), { maxLength: 3 }),
    contact: fc.option(contact),
    links: fc.array(fc.record({ label: someText(40), url: httpsUrl }), { maxLength: 3 }),
    updatedAt: timestamp,
  },
  {
    requiredKeys: [
      'id',
      'lang',
      'title',
      'summary',
      'organisations',
      'level',
      'themes',
      'whatWorked',
      'whatDidNotWork',
      'lessons',
      'figures',
      'links',
      'updatedAt',
    ],
  },
);

const jsonRoundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('properties', () => {
  test('every practice the schema accepts round-trips through JSON unchanged', () => {
    fc.assert(
      fc.property(practiceArbitrary, (candidate) => {
        const parsed = PracticeSchema.parse(candidate);
        assert.deepEqual(PracticeSchema.parse(jsonRoundTrip(parsed)), parsed);
      }),
      { numRuns: 300 },
    );
  });

  test('random junk gives a ValidationError, never another exception', () => {
    for (const schema of [PracticeSchema, ChallengeSchema, LearningTrackSchema]) {
      fc.assert(
        fc.property(fc.anything(), (junk) => {
          try {
            validate(schema, junk, 'Junk');
            return true; // only if the junk happens to be valid
          } catch (error) {
            return error instanceof ValidationError;
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  test('a valid resource with one field replaced by junk fails only with a ValidationError', () => {
    const samples = [
      [PracticeSchema, practice],
      [ChallengeSchema, challenge],
      [LearningTrackSchema, track],
    ] as const;
    for (const [schema, sample] of samples) {
      const keys = Object.keys(sample);
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.anything(), (key, junk) => {
          try {
            validate(schema, { ...sample, [key]: junk }, 'Mutated');
            return true;
          } catch (error) {
            return error instanceof ValidationError;
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});

type Path = (string | number)[];

/** A valid resource made from a fixture: each of its optional fields kept, left out, or null. */
function variantsOf<T extends object>(fixture: T, optional: (keyof T & string)[]): fc.Arbitrary<T> {
  const choice = fc.constantFrom('keep', 'absent', 'null');
  return fc.record(Object.fromEntries(optional.map((key) => [key, choice])) as Record<string, fc.Arbitrary<string>>).map((choices) => {
    const variant = structuredClone(fixture) as Record<string, unknown>;
    for (const [key, how] of Object.entries(choices)) {
      if (how === 'absent') delete variant[key];
      if (how === 'null') variant[key] = null;
    }
    return variant as unknown as T;
  });
}

/** A copy of `value` with `path` set to `to`, or removed when `to` is the symbol `REMOVE`. */
const REMOVE = Symbol('remove');
function withAt(value: unknown, path: Path, to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  if (to === REMOVE) delete node[path.at(-1)!];
  else node[path.at(-1)!] = to;
  return copy;
}

/** What breaks an optional field: wrong types, over-long text, unsafe or relative URLs, bad dates, nested junk; null and some of these happen to be valid for some fields. */
const junk = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant('x'.repeat(20_001)),
  fc.constant(''),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative/path', 'http://example.org/not-https'),
  fc.constantFrom('2026-13-45', 'gisteren', '2026-10-02T09:30:00', '2026-10-02'),
  fc.constant({ a: { b: [{ c: '<img src=x onerror=alert(1)>' }] } }),
  fc.string(),
  fc.anything(),
);

/** Each resource: its valid values, and the paths of its optional fields (top level, and inside a required list). */
const resources: { schema: z.ZodMiniType; valid: fc.Arbitrary<unknown>; optional: Path[] }[] = [
  {
    schema: PracticeSchema,
    valid: fc.oneof(variantsOf(practice, ['description', 'ladderRung', 'facet', 'stage', 'startedOn', 'endedOn', 'contact']), practiceArbitrary),
    optional: [
      ['description'],
      ['ladderRung'],
      ['facet'],
      ['stage'],
      ['startedOn'],
      ['endedOn'],
      ['contact'],
      ['organisations', 0, 'url'],
      ['organisations', 0, 'identifiers'],
    ],
  },
  {
    schema: ChallengeSchema,
    valid: variantsOf(challenge, ['description', 'programme', 'opensAt', 'closesAt', 'budget', 'applyUrl', 'contact']),
    optional: [['description'], ['programme'], ['opensAt'], ['closesAt'], ['budget'], ['applyUrl'], ['contact'], ['owners', 0, 'url']],
  },
  {
    schema: LearningTrackSchema,
    valid: variantsOf(track, ['description', 'audience', 'seats', 'applicationOpensAt', 'applicationClosesAt', 'contact']),
    optional: [
      ['description'],
      ['audience'],
      ['seats'],
      ['applicationOpensAt'],
      ['applicationClosesAt'],
      ['contact'],
      ['sessions', 0, 'location'],
      ['questions', 0, 'help'],
    ],
  },
  { schema: OrganisationSchema, valid: variantsOf(organisation, ['identifiers', 'url']), optional: [['identifiers'], ['url'], ['identifiers', 'kbo']] },
];

describe('properties of the tolerant reader', () => {
  test('any valid resource is read whole, with nothing dropped', () => {
    for (const { schema, valid } of resources) {
      fc.assert(
        fc.property(valid, (value) => assert.deepEqual(readTolerantly(schema, value, 'Valid'), { value: schema.parse(value), dropped: [] })),
        { numRuns: 200 },
      );
    }
  });

  test('one optional field mutated: the read succeeds, drops exactly that field when it broke its rule, and keeps every other field', () => {
    for (const { schema, valid, optional } of resources) {
      const target = fc.constantFrom(...optional);
      fc.assert(
        fc.property(valid, target, junk, (value, path, replacement) => {
          // identifiers.kbo needs identifiers to be there; other paths lie inside required fields.
          fc.pre(path.length === 1 || (value as Record<string, unknown>)[path[0]!] != null);
          const mutated = withAt(value, path, replacement);
          const read = readTolerantly(schema, mutated, 'Mutated');
          const strict = schema.safeParse(mutated);
          if (strict.success) {
            // The replacement is valid for that field (null, an open enum's new value, a short text).
            assert.deepEqual(read, { value: strict.data, dropped: [] });
          } else {
            assert.deepEqual(
              read.dropped.map((d) => d.path),
              [path.join('.')],
            );
            assert.ok(read.dropped[0]!.issues.length > 0);
          }
          assert.deepEqual(withAt(read.value, path, REMOVE), withAt(schema.parse(value), path, REMOVE));
        }),
        { numRuns: 400 },
      );
    }
  });
});

describe('properties over HTTP', () => {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());

  test('any response body yields a value or an InoError, never a TypeError', async () => {
    const client = createClient({ baseUrl: BASE, retries: 0, cacheSize: 0 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom(200, 404, 500),
        async (body, status) => {
          server.use(http.get(`${BASE}/practices/:id`, () => new HttpResponse(body, { status, headers: { 'content-type': 'application/json' } })));
          try {
            await client.practices.get('x');
            return status === 200;
          } catch (error) {
            return error instanceof InoError;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
