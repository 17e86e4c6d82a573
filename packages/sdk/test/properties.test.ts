// Property tests: what the schemas accept survives a JSON round trip unchanged, and no input,
// however broken, makes the SDK throw anything but a ValidationError.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  ChallengeSchema, createClient, InoError, LearningTrackSchema, PracticeSchema, validate, ValidationError,
} from '../src/index.js';
import { BASE, challenge, practice, track } from './fixtures.js';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const someText = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim() !== '');
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, '+01:00'));
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const httpsUrl = fc.webUrl({ validSchemes: ['https'] });
const organisation = fc.record(
  {
    id: slug, name: someText(60), kind: fc.constantFrom('flemish-entity', 'local-government', 'something-new'),
    level: fc.constantFrom('local', 'flemish', 'interplanetary'), url: fc.option(httpsUrl),
    identifiers: fc.option(fc.record({ nis: fc.option(fc.stringMatching(/^\d{5}$/)) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['id', 'name', 'kind', 'level'] },
);
const contact = fc.record({ name: someText(40), email: fc.constant('someone@example.org'), phone: fc.option(fc.constant('+32 2 553 00 00')) });

const practiceArbitrary = fc.record(
  {
    id: slug, lang: fc.constantFrom('nl', 'fr', 'en', 'de'), title: someText(160), summary: someText(600),
    description: fc.option(fc.string({ maxLength: 2000 })), organisations: fc.array(organisation, { minLength: 1, maxLength: 3 }),
    level: fc.constantFrom('local', 'flemish', 'european'), themes: fc.array(fc.record({ id: slug, label: someText(30) }), { maxLength: 3 }),
    ladderRung: fc.option(fc.integer({ min: 1, max: 5 })), facet: fc.option(fc.constantFrom('adaptive', 'unknown-facet')),
    stage: fc.option(fc.constantFrom('pilot', 'stopped')), startedOn: fc.option(day), endedOn: fc.option(day),
    whatWorked: fc.string({ maxLength: 500 }), whatDidNotWork: someText(500), lessons: fc.array(someText(100), { maxLength: 4 }),
    figures: fc.array(fc.record({ label: someText(40), value: someText(40) }), { maxLength: 3 }), contact: fc.option(contact),
    links: fc.array(fc.record({ label: someText(40), url: httpsUrl }), { maxLength: 3 }), updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'lang', 'title', 'summary', 'organisations', 'level', 'themes', 'whatWorked', 'whatDidNotWork', 'lessons', 'figures', 'links', 'updatedAt'] },
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
    const samples = [[PracticeSchema, practice], [ChallengeSchema, challenge], [LearningTrackSchema, track]] as const;
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

describe('properties over HTTP', () => {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());

  test('any response body yields a value or an InoError, never a TypeError', async () => {
    const client = createClient({ baseUrl: BASE, retries: 0, cacheSize: 0 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), fc.constantFrom(200, 404, 500), async (body, status) => {
        server.use(http.get(`${BASE}/practices/:id`, () => new HttpResponse(body, { status, headers: { 'content-type': 'application/json' } })));
        try {
          await client.practices.get('x');
          return status === 200;
        } catch (error) {
          return error instanceof InoError;
        }
      }),
      { numRuns: 150 },
    );
  });
});
