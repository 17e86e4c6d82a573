// Fuzzing the SDK's reading of every resource: valid fixtures, mutated (fields dropped, replaced and
// retyped; javascript:/data: URLs, markup, huge strings, deep nesting and prototype keys injected),
// served as JSON through a connection's own transport. Every outcome is a value (with what was
// dropped reported) or a ValidationError, never another exception, and no unsafe URL is ever kept.
// The seed is fixed so that a failure reproduces; the counts are printed for the closing note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  challengesOf, createConnection, learningTracksOf, organisationsOf, participationLadderOf, practicesOf, themesOf, UrlSchema, ValidationError,
  type Dropped, type InoConnection,
} from '../src/index.js';
import { BASE, challenge, ladder, organisation, practice, themes, track } from './fixtures.js';

const SEED = 20261205;
const PAYLOADS = 10_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

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
];

const UNSAFE_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', '/relative', 'vbscript:msgbox(1)'];
const MARKUP = ['<img src=x onerror="globalThis.__fuzzed=1">', '<script>globalThis.__fuzzed=1</script>', '"><svg onload=alert(1)>'];

/** Nested arrays and objects, `depth` levels deep. */
const nested = (depth: number): Json => (depth === 0 ? 'bottom' : depth % 2 ? [nested(depth - 1)] : { deeper: nested(depth - 1) });

type Mutation =
  | { kind: 'drop' }
  | { kind: 'replace'; with: Json }
  | { kind: 'retype' }
  | { kind: 'prototype-keys' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'drop' } as const),
  fc.constant({ kind: 'retype' } as const),
  fc.constant({ kind: 'prototype-keys' } as const),
  fc.record({ kind: fc.constant('replace' as const), with: fc.constantFrom<Json>(...UNSAFE_URLS, ...MARKUP) }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.constantFrom<Json>('x'.repeat(100_000), 'ë'.repeat(30_000), '', '   ', '\u0000', '2026-13-45T25:61:00+01:00') }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.constantFrom<Json>(nested(50), nested(2_000), [], {}, null, -1, 0, 1e308, 3.5) }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
);

/** Every place in a JSON value, the value itself first. */
function pathsIn(value: Json, at: Path = []): Path[] {
  const children = value !== null && typeof value === 'object' ? Object.entries(value).map(([key, child]) => pathsIn(child, [...at, Array.isArray(value) ? Number(key) : key])) : [];
  return [at, ...children.flat()];
}

const get = (value: Json, path: Path): Json => path.reduce<Json>((node, segment) => (node as Record<string, Json>)[segment]!, value);

function retype(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [i, v]));
  if (value) return Object.values(value);
  return {};
}

/** `body` (a fresh copy) with one mutation at the place `pick` chooses. */
function mutate(body: Json, pick: number, change: Mutation): Json {
  const paths = pathsIn(body);
  const path = paths[pick % paths.length]!;
  if (change.kind === 'prototype-keys') {
    const target = get(body, path);
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return body;
    // As JSON.parse makes them: own keys named __proto__ and constructor, not a changed prototype.
    const keys = JSON.parse('{"__proto__": {"polluted": true, "title": "overgenomen"}, "constructor": {"prototype": {"polluted": true}}}') as object;
    for (const [key, value] of Object.entries(keys)) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    return body;
  }
  const next = change.kind === 'drop' ? undefined : change.kind === 'retype' ? retype(get(body, path)) : change.with;
  if (!path.length) return next ?? null;
  const parent = get(body, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  if (next !== undefined) parent[key] = next;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return body;
}

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
  let body: Json = null;
  const api = createConnection({ baseUrl: BASE, retries: 0, cacheSize: 0, fetch: async () => Response.json(body) });
  const counts = { payloads: 0, parsed: 0, withDrops: 0, refused: 0, other: 0 };
  const others: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.nat(RESOURCES.length - 1), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }), async (index, changes) => {
      const resource = RESOURCES[index]!;
      body = changes.reduce((value, [pick, change]) => mutate(value, pick, change), structuredClone(resource.body) as Json);
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
  console.log(`fuzz: ${counts.payloads} payloads, ${counts.parsed} parsed (${counts.withDrops} with a drop report), ${counts.refused} refused, ${counts.other} other`);
  assert.deepEqual(others, []);
  assert.equal(counts.other, 0);
  assert.equal(counts.payloads, PAYLOADS);
  assert.equal(({} as { polluted?: unknown }).polluted, undefined);
});
