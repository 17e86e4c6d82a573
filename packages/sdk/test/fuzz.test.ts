// Fuzzing the SDK's reading of every resource: valid fixtures, mutated (fields dropped, replaced and
// retyped; javascript:/data: URLs, markup, huge strings, deep nesting and prototype keys injected),
// served as JSON through a connection's own transport. Every outcome is a value (with what was
// dropped reported) or a ValidationError, never another exception, and no unsafe URL is ever kept.
// The seed is fixed so that a failure reproduces; the counts are printed for the closing note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  challengesOf,
  createConnection,
  createIdempotencyKey,
  learningTracksOf,
  organisationsOf,
  participationLadderOf,
  practicesOf,
  themesOf,
  UrlSchema,
  ValidationError,
  type Dropped,
  type InoConnection,
} from '../src/index.js';
import { application, BASE, challenge, ladder, organisation, practice, themes, track } from './fixtures.js';
import { mutated, mutations } from './mutations.js';

const SEED = 20261205;
const PAYLOADS = 10_000;

const APPLICANT = { givenName: 'An', familyName: 'Peeters', email: 'an@example.org', organisation: 'Stad Gent', answers: {}, consentVersion: '2026-09' };
const page = (items: object[]) => ({ items, nextCursor: 'volgende', total: items.length + 5 });

/** Every resource of the API: a valid body, and how the SDK reads it. */
const RESOURCES: { name: string; body: object; read: (api: InoConnection) => Promise<{ dropped: Dropped[] }> }[] = [
  { name: 'practice', body: practice, read: (api) => practicesOf(api).read('x') },
  { name: 'page of practices', body: page([practice, { ...practice, id: 'twee' }]), read: (api) => practicesOf(api).list() },
  { name: 'challenge', body: challenge, read: (api) => challengesOf(api).read('x') },
  { name: 'page of challenges', body: page([challenge, { ...challenge, id: 'twee', partners: [organisation] }]), read: (api) => challengesOf(api).list() },
  { name: 'learning track', body: track, read: (api) => learningTracksOf(api).read('x') },
  { name: 'page of learning tracks', body: page([track, { ...track, id: 'twee' }]), read: (api) => learningTracksOf(api).list() },
  { name: 'page of organisations', body: page([organisation, { ...organisation, id: 'twee', identifiers: null }]), read: (api) => organisationsOf(api).list() },
  { name: 'theme list', body: { items: themes }, read: async (api) => themesOf(api).read() },
  { name: 'participation ladder', body: ladder, read: (api) => participationLadderOf(api).read() },
  {
    name: 'application (the answer to apply)',
    body: { ...application, status: 'waitlisted', waitlistPosition: 3 },
    read: (api) => learningTracksOf(api).apply('x', APPLICANT, { idempotencyKey: createIdempotencyKey() }),
  },
];

const URL_FIELDS = new Set(['url', 'applyUrl', 'privacyUrl']);
/** Every URL a read kept, wherever it is in the value. */
function urlsIn(value: unknown, found: unknown[] = []): unknown[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (URL_FIELDS.has(key)) found.push(child);
      urlsIn(child, found);
    }
  }
  return found;
}

test(`fuzz: ${PAYLOADS} mutated payloads through the reading of every resource`, async () => {
  let body: unknown = null;
  const api = createConnection({ baseUrl: BASE, retries: 0, cacheSize: 0, fetch: async () => Response.json(body) });
  const counts = { payloads: 0, parsed: 0, withDrops: 0, refused: 0, other: 0 };
  const others: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.nat(RESOURCES.length - 1), mutations, async (index, changes) => {
      const resource = RESOURCES[index]!;
      body = mutated(resource.body, changes);
      counts.payloads++;
      let read: { dropped: Dropped[] };
      try {
        read = await resource.read(api);
      } catch (error) {
        if (error instanceof ValidationError) counts.refused++;
        else {
          counts.other++;
          if (others.length < 5) others.push(`${resource.name}: ${String(error)}`);
        }
        return;
      }
      counts.parsed++;
      if (read.dropped.length) counts.withDrops++;
      for (const url of urlsIn(read)) assert.ok(url == null || UrlSchema.safeParse(url).success, `${resource.name} kept the URL ${JSON.stringify(url)}`);
    }),
    { numRuns: PAYLOADS, seed: SEED },
  );
  console.log(
    `fuzz: ${counts.payloads} payloads, ${counts.parsed} parsed (${counts.withDrops} with a drop report), ${counts.refused} refused, ${counts.other} other`,
  );
  assert.deepEqual(others, []);
  assert.equal(counts.other, 0);
  assert.equal(counts.payloads, PAYLOADS);
  assert.equal(({} as { polluted?: unknown }).polluted, undefined);
});
